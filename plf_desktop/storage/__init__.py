"""The only package that holds SQL: opening the file, migrations, backups and repositories."""
