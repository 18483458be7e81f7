package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// Case is the grammatical case marked by a suffix fused to a name.
type Case string

// The cases of Gujarati suffixes.
const (
	NoCase       Case = ""
	Ergative     Case = "ergative"     // -એ, -ે: the agent of a perfective verb (પુતિને કહ્યું)
	Genitive     Case = "genitive"     // -ના -ની -નો -નું -નાં
	Dative       Case = "dative"       // -ને: dative and accusative
	Locative     Case = "locative"     // -માં, -પર
	Ablative     Case = "ablative"     // -થી, -માંથી, -પાસેથી
	Plural       Case = "plural"       // -ઓ, -ો with nothing after
	Instrumental Case = "instrumental" // -થી after a plural: ઓથી (kept as ablative when singular)
)

// Split is one way to read a word as stem + case suffix.
type Split struct {
	Stem   string // the word without the suffix
	Suffix string // the suffix as written ("" for none)
	Case   Case
}

type suffixRule struct {
	suffix string
	cas    Case
	// afterVowel: the suffix is written as a vowel letter (એ, ઓ) and follows a stem ending
	// in a vowel; afterConsonant: written as a vowel sign (ે, ો) on a consonant-final stem.
	afterVowel, afterConsonant bool
}

// suffixRules, longest first. Plural forms combine with the case markers.
var suffixRules = func() []suffixRule {
	cases := []struct {
		s string
		c Case
	}{
		{"માંથી", Ablative}, {"પાસેથી", Ablative}, {"માંના", Genitive}, {"માંની", Genitive},
		{"માં", Locative}, {"થી", Ablative}, {"ના", Genitive}, {"ની", Genitive}, {"નો", Genitive},
		{"નું", Genitive}, {"નાં", Genitive}, {"નુ", Genitive}, {"ને", Dative}, {"પર", Locative},
		{"એ", Ergative},
	}
	var rs []suffixRule
	for _, c := range cases {
		rs = append(rs, suffixRule{"ઓ" + c.s, c.c, true, false}, suffixRule{"ો" + c.s, c.c, false, true})
	}
	for _, c := range cases {
		if c.s == "એ" {
			rs = append(rs, suffixRule{"એ", Ergative, true, false}, suffixRule{"ે", Ergative, false, true})
			continue
		}
		rs = append(rs, suffixRule{c.s, c.c, false, false})
	}
	rs = append(rs, suffixRule{"ઓ", Plural, true, false}, suffixRule{"ો", Plural, false, true})
	// longest first
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && len(rs[j].suffix) > len(rs[j-1].suffix); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	return rs
}()

// suffixByLast indexes suffixRules by their last rune, so a word is tested only against the
// suffixes it can end with.
var suffixByLast = func() map[rune][]suffixRule {
	m := map[rune][]suffixRule{}
	for _, r := range suffixRules {
		last, _ := utf8.DecodeLastRuneInString(r.suffix)
		m[last] = append(m[last], r)
	}
	return m
}()

// SplitSuffix returns the ways to read a Gujarati word as stem + case suffix, most likely first
// (longest suffix first, the bare ergative vowel sign last). The word itself, unsplit, is not
// included. A stem keeps at least two letters, so short words are never emptied.
func SplitSuffix(word string) []Split { return appendSplits(nil, word) }

// appendSplits appends the readings of SplitSuffix to out.
func appendSplits(out []Split, word string) []Split {
	base := len(out)
	last, _ := utf8.DecodeLastRuneInString(word)
	for _, r := range suffixByLast[last] {
		if !strings.HasSuffix(word, r.suffix) {
			continue
		}
		stem := word[:len(word)-len(r.suffix)]
		if !validStem(stem) && !(shortVowelStem(stem) && (r.suffix == "એ" || consonantInitial(r.suffix))) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(stem)
		k := normalize.KindOf(last)
		switch {
		case r.afterConsonant && k != normalize.Consonant && k != normalize.Nukta:
			continue
		case r.afterVowel && k == normalize.Consonant && r.suffix != "એ":
			continue // (the ergative એ is also written after a consonant: કેન્દ્રએ, ભારતએ)
		}
		out = append(out, Split{Stem: stem, Suffix: r.suffix, Case: r.cas})
	}
	// The bare ergative sign (પુતિને = પુતિન + ે) competes with -ને (પુતિ + ને); it goes last
	// but stays available for the lexicon to confirm.
	for i := base; i < len(out); i++ {
		if out[i].Suffix == "ે" && i < len(out)-1 {
			s := out[i]
			copy(out[i:], out[i+1:])
			out[len(out)-1] = s
			break
		}
	}
	return out
}

// shortVowelStem allows a one-syllable stem before the ergative એ (થેરેસા મેએ = મે + એ):
// a consonant with a vowel sign, which no ordinary word ends in before એ.
func shortVowelStem(stem string) bool {
	rs := []rune(stem)
	return len(rs) == 2 && normalize.KindOf(rs[0]) == normalize.Consonant && normalize.KindOf(rs[1]) == normalize.VowelSign
}

// consonantInitial reports a suffix that starts with a consonant (ના, ને, માં, થી): after a
// one-syllable stem it cannot be read as part of a vowel (થેરેસા મેને = મે + ને).
func consonantInitial(suffix string) bool {
	r, _ := utf8.DecodeRuneInString(suffix)
	return normalize.KindOf(r) == normalize.Consonant
}

// validStem requires two base letters (not counting signs) and no dangling virama.
func validStem(stem string) bool {
	if stem == "" || strings.HasSuffix(stem, "્") {
		return false
	}
	if strings.HasSuffix(stem, ".") && !strings.Contains(stem[:len(stem)-1], ".") {
		return false // a dot ends an abbreviation only (યુ.કે.માં), not a word
	}
	letters := 0
	for _, r := range stem {
		switch normalize.KindOf(r) {
		case normalize.Consonant, normalize.VowelLetter:
			letters++
		}
	}
	return letters >= 2
}

// suffixWord reports whether a whole Gujarati token is a case suffix on its own (the ની of
// "Kirbyની" after the tokenizer split it from the Latin name), and which case.
func suffixWord(w string) (Case, bool) {
	for _, r := range suffixRules {
		if r.suffix == w {
			return r.cas, true
		}
	}
	return NoCase, false
}
