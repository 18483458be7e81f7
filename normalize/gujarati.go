package normalize

// This file is the one place that knows the Gujarati script: one row per code point of the block
// U+0A80..U+0AFF. Everything else (cleaning, romanization, match keys, tokenization in the entity
// package) reads these rows instead of testing code points by hand.

// Kind is the role of a Gujarati code point in a syllable.
type Kind uint8

// The kinds of code points in the Gujarati block.
const (
	Unassigned  Kind = iota // not assigned in Unicode
	VowelLetter             // independent vowel: અ આ ઇ ...
	Consonant               // ક ... હ, ૹ
	VowelSign               // dependent vowel: ા િ ી ...
	Virama                  // ્: kills the inherent vowel
	Nukta                   // ઼
	Nasal                   // ઁ ં: candrabindu and anusvara
	Visarga                 // ઃ
	Avagraha                // ઽ
	Digit                   // ૦..૯
	Symbol                  // ૐ ૰ ૱
	Mark                    // U+0AFA..U+0AFF: Arabic-origin signs added in Unicode 10
)

// Class is a consonant class of the cross-script match key. Sounds that Gujarati and English spell
// differently but hear alike share a class (ટ/ત, ઝ/જ, શ/ષ/સ).
type Class byte

// letter is one row of the table.
type letter struct {
	kind  Kind
	iso   string // ISO 15919 (consonants without the inherent vowel)
	ascii string // plain ASCII, following English spelling habits (ઝ z, ફ f)
	class Class  // match-key class; 0 for none
}

const blockStart, blockEnd = 0x0A80, 0x0B00

// script holds the rows for U+0A80..U+0AFF, indexed by r-0x0A80.
var script = [blockEnd - blockStart]letter{
	0x01: {Nasal, "m̐", "n", 'N'},
	0x02: {Nasal, "ṁ", "n", 'N'},
	0x03: {Visarga, "ḥ", "h", 0},
	0x05: {VowelLetter, "a", "a", 'A'},
	0x06: {VowelLetter, "ā", "a", 'A'},
	0x07: {VowelLetter, "i", "i", 'A'},
	0x08: {VowelLetter, "ī", "i", 'A'},
	0x09: {VowelLetter, "u", "u", 'A'},
	0x0A: {VowelLetter, "ū", "u", 'A'},
	0x0B: {VowelLetter, "r̥", "ru", 'R'},
	0x0C: {VowelLetter, "l̥", "lu", 'L'},
	0x0D: {VowelLetter, "ê", "a", 'A'},
	0x0F: {VowelLetter, "e", "e", 'A'},
	0x10: {VowelLetter, "ai", "ai", 'A'},
	0x11: {VowelLetter, "ô", "o", 'A'},
	0x13: {VowelLetter, "o", "o", 'A'},
	0x14: {VowelLetter, "au", "au", 'A'},
	0x15: {Consonant, "k", "k", 'K'},
	0x16: {Consonant, "kh", "kh", 'K'},
	0x17: {Consonant, "g", "g", 'G'},
	0x18: {Consonant, "gh", "gh", 'G'},
	0x19: {Consonant, "ṅ", "n", 'N'},
	0x1A: {Consonant, "c", "ch", 'C'},
	0x1B: {Consonant, "ch", "chh", 'C'},
	0x1C: {Consonant, "j", "j", 'J'},
	0x1D: {Consonant, "jh", "z", 'J'},
	0x1E: {Consonant, "ñ", "n", 'N'},
	0x1F: {Consonant, "ṭ", "t", 'T'},
	0x20: {Consonant, "ṭh", "th", 'T'},
	0x21: {Consonant, "ḍ", "d", 'D'},
	0x22: {Consonant, "ḍh", "dh", 'D'},
	0x23: {Consonant, "ṇ", "n", 'N'},
	0x24: {Consonant, "t", "t", 'T'},
	0x25: {Consonant, "th", "th", 'T'},
	0x26: {Consonant, "d", "d", 'D'},
	0x27: {Consonant, "dh", "dh", 'D'},
	0x28: {Consonant, "n", "n", 'N'},
	0x2A: {Consonant, "p", "p", 'P'},
	0x2B: {Consonant, "ph", "f", 'F'},
	0x2C: {Consonant, "b", "b", 'B'},
	0x2D: {Consonant, "bh", "bh", 'B'},
	0x2E: {Consonant, "m", "m", 'M'},
	0x2F: {Consonant, "y", "y", 'Y'},
	0x30: {Consonant, "r", "r", 'R'},
	0x32: {Consonant, "l", "l", 'L'},
	0x33: {Consonant, "ḷ", "l", 'L'},
	0x35: {Consonant, "v", "v", 'V'},
	0x36: {Consonant, "ś", "sh", 'S'},
	0x37: {Consonant, "ṣ", "sh", 'S'},
	0x38: {Consonant, "s", "s", 'S'},
	0x39: {Consonant, "h", "h", 'H'},
	0x3C: {Nukta, "\u0323", "", 0},
	0x3D: {Avagraha, "’", "", 0},
	0x3E: {VowelSign, "ā", "a", 0},
	0x3F: {VowelSign, "i", "i", 0},
	0x40: {VowelSign, "ī", "i", 0},
	0x41: {VowelSign, "u", "u", 0},
	0x42: {VowelSign, "ū", "u", 0},
	0x43: {VowelSign, "r̥", "ru", 'R'},
	0x44: {VowelSign, "r̥̄", "ru", 'R'},
	0x45: {VowelSign, "ê", "a", 0},
	0x47: {VowelSign, "e", "e", 0},
	0x48: {VowelSign, "ai", "ai", 0},
	0x49: {VowelSign, "ô", "o", 0},
	0x4B: {VowelSign, "o", "o", 0},
	0x4C: {VowelSign, "au", "au", 0},
	0x4D: {Virama, "", "", 0},
	0x50: {Symbol, "ōṁ", "om", 0},
	0x60: {VowelLetter, "r̥̄", "ru", 'R'},
	0x61: {VowelLetter, "l̥̄", "lu", 'L'},
	0x62: {VowelSign, "l̥", "lu", 'L'},
	0x63: {VowelSign, "l̥̄", "lu", 'L'},
	0x66: {Digit, "0", "0", 0},
	0x67: {Digit, "1", "1", 0},
	0x68: {Digit, "2", "2", 0},
	0x69: {Digit, "3", "3", 0},
	0x6A: {Digit, "4", "4", 0},
	0x6B: {Digit, "5", "5", 0},
	0x6C: {Digit, "6", "6", 0},
	0x6D: {Digit, "7", "7", 0},
	0x6E: {Digit, "8", "8", 0},
	0x6F: {Digit, "9", "9", 0},
	0x70: {Symbol, ".", ".", 0},
	0x71: {Symbol, "Rs", "Rs", 0},
	0x79: {Consonant, "ẕ", "zh", 'J'},
	0x7A: {Mark, "", "", 0},
	0x7B: {Mark, "", "", 0},
	0x7C: {Mark, "", "", 0},
	0x7D: {Mark, "", "", 0},
	0x7E: {Mark, "", "", 0},
	0x7F: {Mark, "", "", 0},
}

// nuktaForms are the ISO 15919 and ASCII forms of consonant + nukta, which write sounds of
// Persian, Arabic and English origin.
var nuktaForms = map[rune][2]string{
	'ક': {"q", "q"}, 'ખ': {"k͟h", "kh"}, 'ગ': {"ġ", "g"}, 'જ': {"z", "z"},
	'ડ': {"ṛ", "r"}, 'ઢ': {"ṛh", "rh"}, 'ફ': {"f", "f"}, 'ય': {"ẏ", "y"},
}

func row(r rune) letter {
	if r < blockStart || r >= blockEnd {
		return letter{}
	}
	return script[r-blockStart]
}

// KindOf reports the role of r in Gujarati writing; Unassigned for runes outside the block.
func KindOf(r rune) Kind { return row(r).kind }

// IsGujarati reports whether r is an assigned code point of the Gujarati block.
func IsGujarati(r rune) bool { return row(r).kind != Unassigned }

// IsGujaratiLetter reports whether r is a Gujarati vowel letter, consonant, or a sign that belongs
// inside a word (vowel sign, virama, nukta, nasal, visarga, avagraha, Arabic-origin marks).
func IsGujaratiLetter(r rune) bool {
	switch row(r).kind {
	case Unassigned, Digit, Symbol:
		return r == 0x0AD0 // ૐ is written as a word
	}
	return true
}

// IsCombining reports whether r is a Gujarati sign that attaches to the preceding letter and so
// must never be split from it.
func IsCombining(r rune) bool {
	switch row(r).kind {
	case VowelSign, Virama, Nukta, Nasal, Visarga, Mark:
		return true
	}
	return false
}

// DigitValue returns the value of a Gujarati digit ૦..૯, or -1.
func DigitValue(r rune) int {
	if row(r).kind == Digit {
		return int(r - 0x0AE6)
	}
	return -1
}
