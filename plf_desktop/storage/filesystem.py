"""Where the database file lies: a network drive is refused for writing.

SQLite's locking (and WAL's shared memory) is not reliable over SMB or NFS: two computers can
write at once and damage the file, and a dropped connection mid-write can tear a page
(sqlite.org/useovernet.html). Municipal laptops often have "Dokumenter" on a share, so the
app says so in plain words instead of risking the notes.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "ncpfs", "9p", "davfs",
    "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.smbnetfs", "afpfs", "webdav",
})
DRIVE_REMOTE = 4  # GetDriveTypeW
REPLACE_TRIES = 20
REPLACE_PAUSE_S = 0.05


def replace_file(source: Path, target: Path) -> None:
    """Rename *source* over *target*. On Windows an antivirus scanner or the search indexer
    may hold a file that was just written for a moment (a sharing violation, seen as
    PermissionError), so the rename is tried again for about a second before giving up."""
    for attempt in range(REPLACE_TRIES):
        try:
            source.replace(target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(REPLACE_PAUSE_S)


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as ``\\040`` (and tab, newline, \\\\)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_type(path: Path, mounts: str) -> str:
    """The file system type of the mount *path* lies on, from a ``/proc/mounts`` text."""
    best, kind = "", ""
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def network_kind(path: Path) -> str:
    """The kind of network drive *path* lies on ("cifs", "nfs4", "UNC"…), or "" when local."""
    resolved = path.resolve()
    if sys.platform == "win32":
        text = str(resolved)
        if text.startswith("\\\\"):
            return "UNC"
        import ctypes

        root = text[:3]
        kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
        return "network drive" if kind == DRIVE_REMOTE else ""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/mounts", encoding="utf-8", errors="replace") as handle:
                kind = mount_type(resolved, handle.read())
        except OSError:
            return ""
        return kind if kind in NETWORK_TYPES else ""
    if sys.platform == "darwin":
        return _darwin_kind(resolved)
    return ""


def _darwin_kind(path: Path) -> str:
    """macOS: ``statfs`` names the file system (``smbfs``, ``nfs``, ``afpfs``, ``webdav``)."""
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):  # struct statfs, 64-bit inodes (macOS 10.6+)
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16),
                    ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024),
                    ("f_reserved", ctypes.c_uint32 * 8)]

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        statfs = libc["statfs$INODE64"] if hasattr(libc, "statfs$INODE64") else libc.statfs
        result = StatFs()
        existing = path if path.exists() else path.parent
        if statfs(os.fsencode(existing), ctypes.byref(result)) != 0:
            return ""
        kind = result.f_fstypename.decode(errors="replace")
    except (OSError, AttributeError):
        return ""
    return kind if kind in NETWORK_TYPES else ""
