#pragma once
// Limits of the rule language: beyond them the parser and the validator give a clear error instead of
// running out of stack, memory or time.

#include <QtGlobal>

namespace hc::rules::limits {

inline constexpr qsizetype kMaxTextLength = 8 * 1024 * 1024; // characters of rule text
inline constexpr int kMaxRules = 10000;
inline constexpr int kMaxDepth = 64; // nested parentheses and "not"
inline constexpr int kMaxFactsPerRule = 256;
inline constexpr int kMaxIdLength = 32;
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxDescriptionLength = 4000;
inline constexpr int kMaxDiagnostics = 200;     // further problems are counted, not listed
inline constexpr qint64 kMaxNumber = 999999999; // larger numbers are refused while reading

inline constexpr qint64 kMaxWindowDays = 365;
inline constexpr qint64 kMaxWindowHours = kMaxWindowDays * 24;
inline constexpr qint64 kMaxAgeYears = 150;
inline constexpr qint64 kMaxEventCount = 1000;
inline constexpr qint64 kMaxClearanceTests = 10;
inline constexpr qint64 kMaxApartHours = 30 * 24;

} // namespace hc::rules::limits
