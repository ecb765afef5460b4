"""The data key and `keys.json`: a random 256-bit key, stored only wrapped.

The key that SQLCipher uses never changes while a folder stays encrypted; the passphrase
and the recovery key only wrap it (as Standard Notes does), so changing the passphrase
rewrites `keys.json` and never the data. The passphrase goes through Argon2id (time cost 3,
64 MiB, parallelism 4, a random 16-byte salt, as KeePassXC); the recovery key already holds
145 random bits, so HKDF is enough for it. Both wraps are AES-256-GCM: a wrong secret fails
the tag, and nothing in the file hints at how close it was.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from poems_tracker.domain.text import N_
from poems_tracker.errors import PoemsError

KEYS_NAME = "keys.json"
FORMAT = 1
TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 4
SALT_BYTES = 16
MIN_PASSPHRASE = 8
#: Crockford's base 32: digits and letters without I, L, O, U (nothing to confuse by hand).
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
GROUP_SIZE = 5
_AAD = {"passphrase": b"poems-tracker data key, passphrase", "recovery": b"poems-tracker recovery"}


class WrongSecret(PoemsError):
    """The passphrase or recovery key does not open the keys; nothing was changed."""

    template = "The passphrase is not right."


class KeysProblem(PoemsError):
    """keys.json is missing, damaged, or not this database's."""


class PassphraseTooShort(PoemsError):
    template = "The passphrase must have at least 8 characters."


@dataclass(frozen=True, slots=True)
class Secret:
    """What the user gave to open the folder: a passphrase or a recovery key."""

    text: str
    is_recovery: bool = False


# -- recovery key -------------------------------------------------------------------------
def _check_char(body: str) -> str:
    """Luhn mod 32: catches every single wrong character and most swapped neighbours."""
    factor, total = 2, 0
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def new_recovery_key() -> str:
    """Six groups of five characters, the last character a check character."""
    import secrets  # here: it loads hashlib, which opening a plain database never needs

    body = "".join(secrets.choice(ALPHABET) for _ in range(RECOVERY_GROUPS * GROUP_SIZE - 1))
    whole = body + _check_char(body)
    return "-".join(whole[i : i + GROUP_SIZE] for i in range(0, len(whole), GROUP_SIZE))


def normalise_recovery_key(text: str) -> str:
    """The key as typed, without case, spaces or dashes; WrongSecret if it cannot be one."""
    clean = "".join(c for c in text.upper() if c not in " -\t")
    clean = clean.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    wrong = WrongSecret(N_("errors", "The recovery key is not right."))
    if len(clean) != RECOVERY_GROUPS * GROUP_SIZE or any(c not in ALPHABET for c in clean):
        raise wrong
    if _check_char(clean[:-1]) != clean[-1]:
        raise wrong
    return clean


# -- wrapping -----------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _passphrase_kek(passphrase: str, salt: bytes, params: dict[str, Any]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=int(params["time_cost"]),
        memory_cost=int(params["memory_kib"]),
        parallelism=int(params["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_AAD["recovery"])
    return hkdf.derive(normalise_recovery_key(recovery_key).encode("ascii"))


def _seal(kek: bytes, data_key: bytes, kind: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {
        "nonce": _b64(nonce),
        "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, _AAD[kind])),
    }


def _open(kek: bytes, entry: dict[str, Any], kind: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), _AAD[kind])
    except InvalidTag:
        if kind == "recovery":
            raise WrongSecret(N_("errors", "The recovery key is not right.")) from None
        raise WrongSecret() from None


def passphrase_entry(passphrase: str, data_key: bytes) -> dict[str, Any]:
    """The passphrase's wrap of DATA_KEY, with a new salt."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseTooShort()
    params: dict[str, Any] = {
        "kdf": "argon2id",
        "time_cost": TIME_COST,
        "memory_kib": MEMORY_KIB,
        "parallelism": PARALLELISM,
    }
    salt = os.urandom(SALT_BYTES)
    kek = _passphrase_kek(passphrase, salt, params)
    return {**params, "salt": _b64(salt), **_seal(kek, data_key, "passphrase")}


def recovery_entry(recovery_key: str, data_key: bytes) -> dict[str, Any]:
    salt = os.urandom(SALT_BYTES)
    kek = _recovery_kek(recovery_key, salt)
    return {"kdf": "hkdf-sha256", "salt": _b64(salt), **_seal(kek, data_key, "recovery")}


def new_keys(passphrase: str) -> tuple[bytes, str, dict[str, Any]]:
    """A new data key, its recovery key and the keys.json content that wraps it."""
    data_key = os.urandom(32)  # what secrets.token_bytes gives
    recovery_key = new_recovery_key()
    content = {
        "format": FORMAT,
        "cipher": "sqlcipher4-raw-key",
        "passphrase": passphrase_entry(passphrase, data_key),
        "recovery": recovery_entry(recovery_key, data_key),
    }
    return data_key, recovery_key, content


def unlock(content: dict[str, Any], secret: Secret) -> bytes:
    """The data key from CONTENT; WrongSecret when SECRET does not open it."""
    try:
        if secret.is_recovery:
            entry = content["recovery"]
            kek = _recovery_kek(secret.text, _unb64(entry["salt"]))
            return _open(kek, entry, "recovery")
        entry = content["passphrase"]
        if entry.get("kdf") != "argon2id":
            raise KeyError("kdf")
        kek = _passphrase_kek(secret.text, _unb64(entry["salt"]), entry)
        return _open(kek, entry, "passphrase")
    except (KeyError, TypeError, ValueError) as exc:
        raise KeysProblem(
            N_("errors", "The key file keys.json is damaged; the records cannot be opened.")
        ) from exc


# -- keys.json ----------------------------------------------------------------------------
def keys_path(folder: Path) -> Path:
    return folder / KEYS_NAME


def read(path: Path) -> dict[str, Any]:
    """The content of a keys file; KeysProblem (one sentence) when it is missing or damaged."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeysProblem(
            N_(
                "errors",
                "The records in {folder} are encrypted, but their key file keys.json is missing; "
                "put it back beside tracker.db.",
            ),
            folder=str(path.parent),
        ) from exc
    except (OSError, ValueError) as exc:
        raise KeysProblem(
            N_("errors", "The key file {path} is damaged; the records cannot be opened."),
            path=str(path),
        ) from exc
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise KeysProblem(
            N_("errors", "The key file {path} is damaged; the records cannot be opened."),
            path=str(path),
        )
    return content


def write(path: Path, content: dict[str, Any]) -> None:
    """Write PATH (0600) under a temporary name, synced, then renamed into place."""
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(content, indent=1).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def with_new_passphrase(content: dict[str, Any], data_key: bytes, passphrase: str) -> dict:
    """CONTENT with the passphrase wrap replaced; the recovery wrap stays as it was."""
    return {**content, "passphrase": passphrase_entry(passphrase, data_key)}
