"""Python checks: rules that need logic. Each is named from a pack with `check: module.func`.

A check takes (Document, CheckContext) and yields engine.Hit spans in the original text.
"""
