"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, run as an
unprivileged user (``postgres`` when the tests run as root), listening on a Unix socket only
(no TCP) unless asked for loopback. Debian's ``postgresql`` package provides the programs; CI
installs it (.ci/run). Without them the tests skip, except in CI (CI=true), where they fail."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "skillmix_admin"


def bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _runner() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


@dataclass
class Cluster:
    folder: Path
    bin: Path
    port: int
    tcp: bool = False

    @property
    def socket_dir(self) -> str:
        return str(self.folder / "sock")

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str) -> None:
        subprocess.run([*_runner(), str(self.bin / args[0]), *args[1:]], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)

    def init(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", ADMIN, "--auth-local=scram-sha-256",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync", f"--pwfile={self.folder / 'pw'}")
        with open(self.data / "postgresql.conf", "a") as f:
            listen = "127.0.0.1" if self.tcp else ""
            f.write(f"\nlisten_addresses = '{listen}'\nunix_socket_directories = '{self.socket_dir}'\n"
                    f"port = {self.port}\nfsync = on\nsynchronous_commit = on\nmax_connections = 60\n")
        return self

    def start(self) -> Cluster:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "30", "-l", str(self.folder / "log"), "start")
        return self

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", mode, "stop")

    def admin_url(self) -> str:
        return f"postgresql://{ADMIN}@/postgres?host={self.socket_dir}&port={self.port}"


ADMIN_PASSWORD = "admin-secret-for-tests-only"


def new_cluster(tcp: bool = False) -> Cluster:
    """Make and start a cluster in a new temporary folder (owned by the server's user)."""
    bin_ = bindir()
    if bin_ is None:
        raise FileNotFoundError("PostgreSQL server programs (initdb, pg_ctl) not found")
    folder = Path(tempfile.mkdtemp(prefix="skillmix-pg-"))
    (folder / "sock").mkdir()
    (folder / "pw").write_text(ADMIN_PASSWORD + "\n")
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for p in (folder, folder / "sock", folder / "pw"):
            os.chown(p, user.pw_uid, user.pw_gid)
    port = 20000 + os.getpid() % 20000
    return Cluster(folder, bin_, port, tcp).init().start()


def remove(cluster: Cluster) -> None:
    try:
        cluster.stop()
    except subprocess.CalledProcessError:
        pass
    shutil.rmtree(cluster.folder, ignore_errors=True)
