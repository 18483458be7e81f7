// Package normalize prepares Gujarati text (often mixed with English) for analysis without ever
// losing track of where each byte came from.
//
// Clean turns raw input, such as a scraped news page, into analysis text: Unicode NFC, the
// Gujarati vowel repairs that NFC does not make, invisible characters dropped, odd spaces made
// plain, Gujarati digits made ASCII, page chrome removed and invalid UTF-8 replaced and reported.
// Its OffsetMap takes every span of the analysis text back to byte offsets in the caller's
// original input, so later stages can report exact original spans.
//
// ISO and ASCII romanize Gujarati (ISO 15919, and a plain form for display). Keys, Match and
// Similarity compare names across scripts and spellings: પુતિન = Putin, વ્હાઇટ હાઉસ = વ્હાઈટ
// હાઉસ = White House.
//
// The script's knowledge lives in one table (gujarati.go), one row per code point of
// U+0A80..U+0AFF. Everything here is safe for concurrent use.
package normalize
