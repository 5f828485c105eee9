"""Reading inputs into replies. Each reader owns one kind of file; dispatch picks by extension."""

from .dispatch import read_path
from .text import InputError, Reply, read_stdin

__all__ = ["InputError", "Reply", "read_path", "read_stdin"]
