"""The workspace database (SQLite by default, PostgreSQL via URL)."""
