#pragma once
// healthcode-ctl's exit codes: one per kind of failure, so scripts can tell them apart.

#include "util/Result.h"

namespace hc::cli {

enum ExitCode : int {
    Ok = 0,
    Internal = 1,
    Usage = 2,
    BadDatabaseUrl = 3,
    DatabaseUnavailable = 4,
    DatabaseTooNew = 5,
    AuthenticationFailed = 6,
    AccountLocked = 7,
    AccountDisabled = 8,
    PermissionDenied = 9,
    OutOfScope = 10,
    NotFound = 11,
    Conflict = 12,
    AuditBroken = 13,
    CryptoError = 14,
    DatabaseError = 15,
    InvalidArgument = 16,
    Cancelled = 17,
    // Health codes and their keys (keys, verify): one code per reason a code is refused, in the order
    // the verifier checks them (codes::TokenFailure), so scripts can tell them apart.
    CodeNotOurs = 20,          // not a health code: no HCC1: prefix (e.g. some other QR code)
    CodeBadBase45 = 21,        // malformed: the text after the prefix is not base45
    CodeBadZlib = 22,          // malformed: not a complete zlib stream, or too large
    CodeBadCbor = 23,          // malformed: the signed message is not CBOR
    CodeBadCose = 24,          // malformed: not a COSE_Sign1 with EdDSA and a key id
    CodeBadClaims = 25,        // malformed: the claims are missing or of the wrong type
    CodeUnknownKey = 26,       // unknown issuer or key id (also: a demo key)
    CodeBadSignature = 27,     // the code was altered (e.g. one character changed) or forged
    CodeIssuerMismatch = 28,   // a trusted key, but for another jurisdiction than the code names
    CodeRevoked = 29,          // the card is on the revocation list
    CodeRetiredKey = 30,       // issued after its key was retired
    CodeNotYetValid = 31,      // issued in the future (check the clock)
    CodeExpired = 32,          // the card has expired
    NoQrCode = 33,             // verify --image: no readable QR code in the image
    WrongKeyPassphrase = 34,   // the signing key's passphrase is wrong
    EmptySelection = 35,       // print: nobody matches the selection, nothing was printed
};

int exitCodeFor(ErrorCode code);

} // namespace hc::cli
