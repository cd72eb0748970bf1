"""User mistakes on the command line: one line on stderr, exit code 2."""

from __future__ import annotations


class UserError(Exception):
    """A mistake the user can fix (bad file, unknown scenario...)."""
