#!/usr/bin/env python3
"""Checks the test vectors of docs/protocol.md with an implementation independent of libsodium and
of our code: Python's hashlib (BLAKE2b) and the 'cryptography' package (Ed25519, X25519,
ChaCha20-Poly1305, Argon2id), plus HChaCha20 written out below. It reads only the document, so it
checks that the prose of the specification is enough to reproduce every byte.

Usage: crosscheck_vectors.py docs/protocol.md   (exit 77 = skipped: 'cryptography' >= 44 missing)
"""
import hashlib
import re
import struct
import sys

try:
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
except ImportError as missing:
    print(f"SKIPPED: python3 'cryptography' with Argon2id (>= 44) is not installed ({missing})")
    sys.exit(77)

text = open(sys.argv[1]).read()
block = text[text.index('<!-- test-vectors:begin -->'):text.index('<!-- test-vectors:end -->')]
vec = {}
for line in block.splitlines():
    m = re.match(r'^([a-z0-9.\-]+) = (?:([0-9a-f]+)|"([^"]*)")$', line.strip())
    if m: vec[m.group(1)] = bytes.fromhex(m.group(2)) if m.group(2) is not None else m.group(3).encode()

def dec(b, i=0):
    ib = b[i]; major, info = ib >> 5, ib & 31; i += 1
    if info < 24: n = info
    else:
        size = {24:1,25:2,26:4,27:8}[info]; n = int.from_bytes(b[i:i+size],'big'); i += size
    if major == 0: return n, i
    if major == 2: return b[i:i+n], i+n
    if major == 3: return b[i:i+n].decode(), i+n
    if major == 4:
        out = []
        for _ in range(n):
            v, i = dec(b, i); out.append(v)
        return out, i
    raise ValueError(major)
def head(major, n):
    if n < 24: return bytes([major << 5 | n])
    for info, size in ((24,1),(25,2),(26,4),(27,8)):
        if n < 1 << (8*size): return bytes([major << 5 | info]) + n.to_bytes(size,'big')
def enc(v):
    if isinstance(v, int): return head(0, v)
    if isinstance(v, bytes): return head(2, len(v)) + v
    if isinstance(v, str): return head(3, len(v.encode())) + v.encode()
    return head(4, len(v)) + b''.join(enc(x) for x in v)
def full(b):
    v, i = dec(b); assert i == len(b) and enc(v) == b; return v
def dh(domain, data, size=32): return hashlib.blake2b(domain.encode() + b'\0' + data, digest_size=size).digest()
def verify_structure(b, domain, pk):
    v = full(b); Ed25519PublicKey.from_public_bytes(pk).verify(v[-1], dh(domain, enc(v[:-1]))); return v
def pub(seed): return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
def rotl(x, n): return ((x << n) | (x >> (32 - n))) & 0xffffffff
def hchacha20(key, nonce16):
    s = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574] + list(struct.unpack('<8I', key)) + list(struct.unpack('<4I', nonce16))
    def qr(a, b, c, d):
        s[a] = (s[a] + s[b]) & 0xffffffff; s[d] = rotl(s[d] ^ s[a], 16)
        s[c] = (s[c] + s[d]) & 0xffffffff; s[b] = rotl(s[b] ^ s[c], 12)
        s[a] = (s[a] + s[b]) & 0xffffffff; s[d] = rotl(s[d] ^ s[a], 8)
        s[c] = (s[c] + s[d]) & 0xffffffff; s[b] = rotl(s[b] ^ s[c], 7)
    for _ in range(10):
        qr(0,4,8,12); qr(1,5,9,13); qr(2,6,10,14); qr(3,7,11,15)
        qr(0,5,10,15); qr(1,6,11,12); qr(2,7,8,13); qr(3,4,9,14)
    return struct.pack('<8I', *(s[0:4] + s[12:16]))
def xopen(key, nonce, ct, ad):
    return ChaCha20Poly1305(hchacha20(key, nonce[:16])).decrypt(b'\0'*4 + nonce[16:], ct, ad)
def kdf(master, ctx): return hashlib.blake2b(b'', digest_size=32, key=master, salt=(1).to_bytes(8,'little')+b'\0'*8, person=ctx+b'\0'*8).digest()
def unpad(p, block=256):
    assert len(p) % block == 0; p = p.rstrip(b'\0'); assert p[-1] == 0x80; return p[:-1]

ok = lambda name: print('ok', name)
identity, device, verifier = pub(vec['input.identity-seed']), pub(vec['input.device-signing-seed']), pub(vec['input.verifier-seed'])
assert identity == vec['identity.public'] and device == vec['device.signing-public'] and verifier == vec['verifier.public']; ok('Ed25519 public keys')
xpub = X25519PrivateKey.from_private_bytes(vec['input.device-encryption-secret']).public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
assert xpub == vec['device.encryption-public']; ok('X25519 public key')
c = verify_structure(vec['device-certificate'], 'consilium/v1/device-certificate', identity); assert c[:4] == [1, identity, device, 1700000000]; ok('device certificate')
c = verify_structure(vec['encryption-key-certificate'], 'consilium/v1/encryption-key', device); assert c[2] == xpub; ok('encryption key certificate')
c = verify_structure(vec['device-list.1'], 'consilium/v1/device-list', identity); assert c[2:5] == [1, b'', [device]]
assert dh('consilium/v1/device-list-link', vec['device-list.1']) == vec['device-list.1.link-hash']; ok('device list')
c = verify_structure(vec['credential'], 'consilium/v1/credential', verifier); assert c[1] == vec['input.credential-id'] and c[3] == identity and c[8] == vec['licence-hash'] and c[9:11] == ['2025-01-01', '2027-12-31']; ok('credential')
cb = enc(['FR', '10123456'])
assert hashlib.blake2b(b'consilium/v1/licence-number\0' + cb, digest_size=32, key=vec['input.licence-key']).digest() == vec['licence-hash']; ok('licence hash')
c = verify_structure(vec['revocation-list'], 'consilium/v1/revocation-list', verifier); assert c[2:4] == [2, [vec['input.credential-id']]]; ok('revocation list')
for name, ctx, master in (('kdf.object-key', b'CnsObjct', 'input.epoch-key'), ('kdf.blob-wrapping-key', b'CnsBlobK', 'input.epoch-key'), ('kdf.recovery-backup-key', b'CnsRcvry', 'input.recovery-key'), ('kdf.recovery-locator', b'CnsRcvLc', 'input.recovery-key')):
    assert kdf(vec[master], ctx) == vec[name]
ok('crypto_kdf subkeys')
o = full(vec['object.sealed']); version, header, nonce, ct, sig = o
assert version == 1 and header[0] == 1 and header[1] == 2 and header[2] == vec['input.case-id'] and header[4] == vec['input.object-id'] and header[5] == device and nonce == vec['input.nonce']
Ed25519PublicKey.from_public_bytes(device).verify(sig, dh('consilium/v1/object-signature', enc(header) + nonce + ct))
assert unpad(xopen(vec['kdf.object-key'], nonce, ct, enc(header))) == vec['input.object-plaintext']
assert dh('consilium/v1/object-hash', vec['object.sealed']) == vec['object.hash']; ok('sealed object (signature, XChaCha20-Poly1305, padding)')
p = full(vec['blob-pointer']); ad = enc([1, vec['input.case-id'], 3, p[1], p[2], p[3], p[4]])
assert xopen(vec['kdf.blob-wrapping-key'], p[5], p[6], ad) == vec['input.blob-key']; ok('blob pointer')
e = verify_structure(vec['membership.create'], 'consilium/v1/membership-event', device); assert e[1:6] == [vec['input.case-id'], 1, b'', 1, 0] and e[6] == identity and e[7] == 1 and e[8] == [[device, xpub]]; ok('membership event')
def fingerprint(key, sid):
    h = hashlib.blake2b(b'consilium/v1/safety-number\0' + b'\x00\x01' + key + sid, digest_size=64).digest()
    for _ in range(5200): h = hashlib.blake2b(h + key, digest_size=64).digest()
    return ''.join('%05d' % (int.from_bytes(h[i*5:i*5+5], 'big') % 100000) for i in range(6)), h[:32]
a = fingerprint(identity, vec['input.local-stable-id']); b = fingerprint(pub(vec['input.peer-identity-seed']), vec['input.peer-stable-id'])
lo, hi = sorted([a, b])
digits = lo[0] + hi[0]
assert ' '.join(digits[i:i+5] for i in range(0, 60, 5)).encode() == vec['safety-number'] and enc([1, lo[1], hi[1]]) == vec['safety-number.qr']; ok('safety number')
k = vec['input.recovery-key']; bits = int.from_bytes(k + dh('consilium/v1/recovery-key-checksum', k)[:3], 'big'); alpha = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
s = ''.join(alpha[(bits >> (5 * (55 - i))) & 31] for i in range(56)); assert '-'.join(s[i:i+4] for i in range(0, 56, 4)).encode() == vec['recovery-key.display']; ok('recovery key display')
bk = full(vec['key-backup.recovery-key']); assert bk[1:3] == [1, []]
plain = xopen(vec['kdf.recovery-backup-key'], bk[3], bk[4], enc([1, 1, []]))
assert full(plain) == [1, vec['input.identity-seed'], vec['input.device-signing-seed'], vec['input.device-encryption-secret']]; ok('key backup (recovery key)')
w = full(vec['passphrase-wrap']); assert w[1:4] == [2, 65536, vec['input.salt']]
kek = Argon2id(salt=w[3], length=32, iterations=w[1], lanes=1, memory_cost=w[2] // 1024).derive(vec['input.passphrase'])
assert xopen(kek, w[4], w[5], enc([1, w[1], w[2], w[3]])) == vec['input.epoch-key']; ok('passphrase-wrapped key (Argon2id)')
bf = vec['blob-file']; assert bf[:5] == b'CNSB\x01' and hashlib.blake2b(bf, digest_size=32).digest() == vec['blob-file.hash']; ok('blob file header and hash')
wr = verify_structure(vec['epoch-key-wrap'], 'consilium/v1/epoch-key-wrap', device); assert wr[1:3] == [vec['input.case-id'], 3] and wr[5] == device; ok('epoch key wrap signature')
lc = vec['input.link-code']; bits = int.from_bytes(lc + dh('consilium/v1/link-code-checksum', lc)[:4], 'big')
s = ''.join(alpha[(bits >> (5 * (31 - i))) & 31] for i in range(32)); assert '-'.join(s[i:i+4] for i in range(0, 32, 4)).encode() == vec['link-code.display']; ok('link code display')
ho = full(vec['device-handover']); assert ho[0] == 1 and ho[1] == vec['input.nonce']
hp = full(xopen(dh('consilium/v1/device-handover', lc), ho[1], ho[2], enc([1])))
assert hp[:6] == [1, 1700000000 + 86400, 'https://relay.example.org', 'Jane Roe', 'physician', 'radiology']
assert hp[6:9] == [vec['credential'], vec['verifier.public'], vec['revocation-list']]
assert hp[9:] == [vec['input.identity-seed'], vec['input.device-signing-seed'], vec['input.device-encryption-secret']]; ok('device hand-over')
print('all vectors independently checked')
