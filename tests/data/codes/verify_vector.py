#!/usr/bin/env python3
"""An independent verifier of health codes (HCC1:), written from tests/data/codes/README.md alone.

Needs only Python 3 and the "cryptography" package (Debian: python3-cryptography) for Ed25519; the
base45, zlib, CBOR and COSE layers are decoded here by hand so that nothing is shared with the console.

  python3 verify_vector.py                       # checks every vector in vectors.json
  python3 verify_vector.py TOKEN [NOW]           # verifies one code against trust-list.json
"""
import base64, hashlib, json, os, sys, time, zlib
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.exceptions import InvalidSignature

HERE = os.path.dirname(os.path.abspath(__file__))
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def b45decode(s):
    if len(s) % 3 == 1:
        raise ValueError("base45: bad length")
    out = bytearray()
    for i in range(0, len(s), 3):
        chunk = [B45.index(c) for c in s[i:i + 3]]
        n = sum(d * 45 ** k for k, d in enumerate(chunk))
        if len(chunk) == 3:
            if n > 0xFFFF:
                raise ValueError("base45: overflow")
            out += bytes([n >> 8, n & 0xFF])
        else:
            if n > 0xFF:
                raise ValueError("base45: overflow")
            out.append(n)
    return bytes(out)


class Tag:
    def __init__(self, tag, value):
        self.tag, self.value = tag, value


def cbor(data, pos=0):
    """Decodes one CBOR item (the subset codes use); returns (value, next position)."""
    ib = data[pos]; pos += 1
    major, info = ib >> 5, ib & 31
    if major == 7 and info in (20, 21, 22):
        return {20: False, 21: True, 22: None}[info], pos
    if info < 24:
        arg = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(data[pos:pos + size], "big"); pos += size
    else:
        raise ValueError("unsupported CBOR item 0x%02x" % ib)
    if major == 0:
        return arg, pos
    if major == 1:
        return -1 - arg, pos
    if major == 2:
        return bytes(data[pos:pos + arg]), pos + arg
    if major == 3:
        return data[pos:pos + arg].decode("utf-8"), pos + arg
    if major == 4:
        items = []
        for _ in range(arg):
            v, pos = cbor(data, pos); items.append(v)
        return items, pos
    if major == 5:
        m = {}
        for _ in range(arg):
            k, pos = cbor(data, pos); v, pos = cbor(data, pos)
            if k in m:
                raise ValueError("duplicate map key")
            m[k] = v
        return m, pos
    if major == 6:
        v, pos = cbor(data, pos)
        return Tag(arg, v), pos
    raise ValueError("unsupported CBOR major type %d" % major)


def cbor_one(data):
    v, end = cbor(data)
    if end != len(data):
        raise ValueError("trailing bytes")
    return v


def enc_head(major, n):
    if n < 24: return bytes([major << 5 | n])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << (8 * size):
            return bytes([major << 5 | info]) + n.to_bytes(size, "big")


def sig_structure(protected, payload):
    # ["Signature1", protected, h'', payload] in CBOR
    return (enc_head(4, 4) + enc_head(3, 10) + b"Signature1" + enc_head(2, len(protected)) + protected
            + enc_head(2, 0) + enc_head(2, len(payload)) + payload)


def text(s):
    b = s.encode("utf-8")
    return enc_head(3, len(b)) + b


def blob(b):
    return enc_head(2, len(b)) + b


def list_signature_ok(doc, entries):
    """The signature of a trust or revocation list covers the canonical CBOR array
    [format, issuer, created_at, signer kid, signer public key, entries] (see README.md)."""
    signer = base64.b64decode(doc["signer"]["public_key"])
    assert hashlib.sha256(signer).hexdigest()[:16] == doc["signer"]["kid"]
    signed = (enc_head(4, 6) + text(doc["format"]) + text(doc["issuer"]) + enc_head(0, doc["created_at"])
              + text(doc["signer"]["kid"]) + blob(signer) + enc_head(4, len(entries)) + b"".join(entries))
    try:
        Ed25519PublicKey.from_public_bytes(signer).verify(base64.b64decode(doc["signature"]), signed)
        return True
    except InvalidSignature:
        return False


def trusted_keys():
    with open(os.path.join(HERE, "trust-list.json")) as f:
        tl = json.load(f)
    entries = [enc_head(4, 4) + text(k["kid"]) + text(k["jurisdiction"]) + blob(base64.b64decode(k["public_key"]))
               + (enc_head(0, k["retired_at"]) if "retired_at" in k else b"\xf6")
               for k in sorted(tl["keys"], key=lambda k: k["kid"])]
    assert list_signature_ok(tl, entries), "trust-list.json: bad signature"
    keys = {}
    for k in tl["keys"]:
        pk = base64.b64decode(k["public_key"])
        assert hashlib.sha256(pk).hexdigest()[:16] == k["kid"], "kid is not SHA-256(public key)[0:8]"
        keys[k["kid"]] = (k["jurisdiction"], pk, k.get("retired_at"))
    return keys


def revoked_serials():
    with open(os.path.join(HERE, "revocations.json")) as f:
        rl = json.load(f)
    entries = [enc_head(4, 3) + text(c["iss"]) + blob(bytes.fromhex(c["serial"])) + enc_head(0, c["revoked_at"])
               for c in sorted(rl["revoked"], key=lambda c: (c["iss"], bytes.fromhex(c["serial"])))]
    assert list_signature_ok(rl, entries), "revocations.json: bad signature"
    return {(c["iss"], c["serial"]) for c in rl["revoked"]}


def verify(token, now, keys, revoked=frozenset()):
    if not token.startswith("HCC1:"):
        return "not_a_health_code", None
    try:
        cose = zlib.decompress(b45decode(token[5:]))
    except (ValueError, zlib.error):
        return "malformed", None
    msg = cbor_one(cose)
    assert isinstance(msg, Tag) and msg.tag == 18 and len(msg.value) == 4, "not COSE_Sign1"
    protected, unprotected, payload, signature = msg.value
    header = cbor_one(protected)
    assert header.get(1) == -8 and unprotected == {}, "not EdDSA"
    kid = header[4].hex()
    claims = cbor_one(payload)
    if kid not in keys:
        return "unknown_key", claims
    jurisdiction, pk, retired_at = keys[kid]
    try:
        Ed25519PublicKey.from_public_bytes(pk).verify(signature, sig_structure(protected, payload))
    except InvalidSignature:
        return "bad_signature", claims
    if claims[1] != jurisdiction:
        return "issuer_mismatch", claims
    if (claims[1], claims[7].hex()) in revoked:
        return "revoked", claims
    if retired_at is not None and claims[6] >= retired_at:
        return "retired_key", claims
    if claims[6] > now + 300:
        return "not_yet_valid", claims
    if now >= claims[4]:
        return "expired", claims
    assert claims[-65537] == 1
    return "valid", claims


def main():
    keys = trusted_keys()
    revoked = revoked_serials()
    if len(sys.argv) > 1:
        now = int(sys.argv[2]) if len(sys.argv) > 2 else int(time.time())
        result, claims = verify(sys.argv[1], now, keys, revoked)
        print(result, claims)
        return 0 if result == "valid" else 1
    with open(os.path.join(HERE, "vectors.json")) as f:
        vectors = json.load(f)
    failures = 0
    for v in vectors["valid"]:
        result, claims = verify(v["token"], v["verify_at"], keys)
        c = v["claims"]
        ok = (result == "valid" and claims[1] == c["iss"] and claims[2] == c["sub"] and claims[4] == c["exp"]
              and claims[6] == c["iat"] and claims[7].hex() == c["cti"] and (claims.get(-65538) is True) == c["demo"])
        ok = ok and zlib.decompress(b45decode(v["token"][5:])).hex() == v["cose_hex"]
        print("%-24s %s" % (v["name"], "ok" if ok else "FAILED: " + result)); failures += not ok
    for v in vectors["invalid"]:
        result, _ = verify(v["token"], v["verify_at"], keys, revoked if "revocations" in v else frozenset())
        ok = result != "valid" and (v["expect"].startswith("(") or v["expect"] == result
                                    or (v["expect"].startswith("malformed") and result == "malformed"))
        print("%-24s %s (%s)" % (v["name"], "ok" if ok else "FAILED", result)); failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
