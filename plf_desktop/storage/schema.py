"""The schema version this app writes, kept apart from the migrations themselves.

Opening an up-to-date file needs only this number (``PRAGMA user_version`` equals it), so the
migrations and sqlite-utils are imported only when a file must actually be migrated.
"""

SCHEMA_VERSION = 11
"""The version this app writes; a file with a higher ``user_version`` is refused."""
