"""Who may change what is enforced by PostgreSQL itself (roles and row-level security), not only
by the app; and passwords never land in a plan, an address, a message or a log."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys

import pytest
from sqlalchemy import text

from planner.pcn.credentials import CredentialsError, connection_file, password
from planner.pcn.session import PcnSession
from planner.pcn.store import NotAllowed, PcnStoreError, open_location
from tests.planner.pcn.conftest import USERS, password_of
from tests.planner.pcn.test_pcn_store import with_list, with_weight


def test_a_practice_manager_changes_only_their_own_practice(pcn_db):
    own = PcnSession.open(open_location(pcn_db.url("pm_x10002")))
    assert own.save(with_list(own.pcn, "X10002", 7900), "own list").status == "saved"
    with pytest.raises(NotAllowed, match="may not change practice X10001"):
        own.save(with_list(own.pcn, "X10001", 1), "someone else's list")
    with pytest.raises(NotAllowed, match="may not change the PCN's own plan"):
        own.save(with_weight(own.pcn, "X10002", 1.0), "the PCN's figure")
    after = PcnSession.open(open_location(pcn_db.url("pcn_lead")))
    assert after.pcn.practice("X10001").list_size == 10400 and after.revisions["X10001"] == 1
    assert after.pcn.practice("X10002").weighted_population == 8350.0


def test_the_database_refuses_even_sql_that_bypasses_the_app(pcn_db):
    location = open_location(pcn_db.url("pm_x10002"))
    with location.engine.begin() as conn:
        hidden = conn.execute(text("UPDATE pcn_part SET body = '{}' WHERE owner = 'X10001'"))
        assert hidden.rowcount == 0  # row-level security hides other practices from updates
        with pytest.raises(Exception, match="row-level security"):
            conn.execute(text("UPDATE pcn_part SET owner = 'X10001' WHERE owner = 'X10002'"))
    partner = open_location(pcn_db.url("partner_x10001"))
    with partner.engine.begin() as conn, pytest.raises(Exception, match="permission denied"):
        conn.execute(text("UPDATE pcn_part SET revision = 99"))


def test_the_pcn_manager_changes_all_of_it_and_partners_only_read(pcn_db):
    lead = PcnSession.open(open_location(pcn_db.url("pcn_lead")))
    changed = with_list(with_weight(lead.pcn, "X10003", 12000.0), "X10004", 5300)
    assert lead.save(changed, "PCN manager").status == "saved"
    partner = PcnSession.open(open_location(pcn_db.url("partner_x10001")))
    assert partner.pcn == changed
    with pytest.raises(NotAllowed):
        partner.save(with_list(partner.pcn, "X10001", 1))


def test_a_user_without_access_sees_nothing(pcn_db):
    from tests.planner.pcn.conftest import admin_engine

    with admin_engine(pcn_db.cluster, pcn_db.name).connect() as conn:
        conn.execute(text("DELETE FROM pcn_access WHERE db_user = 'pm_x10004'"))
    with pytest.raises(PcnStoreError, match="holds 0 PCN plans|has no PCN plan"):
        open_location(pcn_db.url("pm_x10004")).load()


def test_passwords_never_in_the_plan_the_address_messages_or_the_log(pcn_db, caplog):
    caplog.set_level(logging.DEBUG)
    location = open_location(pcn_db.url("pm_x10001"))
    session = PcnSession.open(location)
    session.save(with_list(session.pcn, "X10001", 10401), "a change")
    secrets = [password_of(u) for u in USERS]
    with pcn_db.admin().connect() as conn:
        stored = " ".join(str(r) for t in ("pcn_part", "pcn_history", "pcn_access", "pcn_meta")
                          for r in conn.execute(text(f"SELECT * FROM {t}")))
    shown = [stored, str(location.name), caplog.text, repr(location.engine.url)]
    assert not [s for s in secrets for where in shown if s in where]
    mode = stat.S_IMODE(connection_file().stat().st_mode)
    assert mode == 0o600


def test_a_password_in_the_address_is_refused(pcn_db):
    with pytest.raises(PcnStoreError, match="Do not write the password in the address"):
        open_location(pcn_db.url("pm_x10001").replace("pm_x10001@", "pm_x10001:pw@"))


def test_a_connection_file_others_can_read_is_refused(pcn_db):
    os.chmod(connection_file(), 0o644)
    with pytest.raises(PcnStoreError, match="can be read by other users"):
        open_location(pcn_db.url("pm_x10001"))
    with pytest.raises(CredentialsError):
        password("pm_x10001", "h", 1, "d")


def test_a_wrong_password_says_so_without_showing_it(pcn_db):
    from planner.pcn.credentials import remember_in_file

    remember_in_file("pm_x10001", pcn_db.cluster.socket_dir, pcn_db.cluster.port, pcn_db.name, "not-it-91c2")
    with pytest.raises(PcnStoreError) as e:
        open_location(pcn_db.url("pm_x10001")).load()
    assert "Could not reach" in str(e.value) and "not-it-91c2" not in str(e.value)


def test_the_keyring_is_used_first(monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):  # type: ignore[no-untyped-def]
            return "from-keyring" if (service, username) == ("Skillmix", "u@h:1/d") else None

        def set_password(self, *a):  # type: ignore[no-untyped-def]
            raise NotImplementedError

        def delete_password(self, *a):  # type: ignore[no-untyped-def]
            raise NotImplementedError

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        assert password("u", "h", 1, "d") == "from-keyring"
        assert password("v", "h", 1, "d") is None
    finally:
        keyring.set_keyring(previous)


def test_nothing_connects_anywhere_unless_a_database_location_is_opened(tmp_path):
    """A PCN file, its figures and the practice plan never load the PostgreSQL driver."""
    code = ("import sys; from planner.sample import sample_pcn; from planner.engine.pcn import compute_pcn; "
            "from planner.pcn.store import create_file, open_location; from planner.pcn.session import PcnSession; "
            f"create_file({str(tmp_path / 'a.skillmix-pcn')!r}, sample_pcn()); "
            f"compute_pcn(PcnSession.open(open_location({str(tmp_path / 'a.skillmix-pcn')!r})).pcn); "
            "print('psycopg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=os.getcwd())
    assert out.stdout.strip() == "False"


def test_the_suite_refuses_a_database_connection_over_the_network():
    from tests.conftest import NetworkUsed

    with pytest.raises(NetworkUsed):
        open_location("postgresql://someone@127.0.0.1:5432/db").load()
