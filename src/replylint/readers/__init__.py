"""Reading inputs into replies. Each reader owns one kind of file."""

from .text import InputError, Reply, read_path, read_stdin

__all__ = ["InputError", "Reply", "read_path", "read_stdin"]
