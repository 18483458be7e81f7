package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page chrome is the navigation, advertising and sharing furniture that scrapes of Gujarati news
// sites carry around the article. Removal is deliberately conservative: a line goes only when
// every word on it is chrome vocabulary and it has no Gujarati letter, or when it opens with a
// marker that only link lists use ("Also Read:", "આ પણ વાંચો:"). A real sentence has words outside
// that vocabulary, so it stays.

// chromeWords is the vocabulary of chrome lines, lower case. Words are split at spaces,
// punctuation and CamelCase joints, so "HomeLatestInternational" is home+latest+international.
var chromeWords = setOf(
	"spot", "img", "advertisment", "advertisement", "advertisements", "ad", "ads", "sponsored",
	"related", "articles", "article", "posts", "post", "stories", "story", "news",
	"most", "popular", "trending", "latest", "recent", "top", "breaking", "more", "must", "read",
	"also", "share", "shares", "this", "tweet", "whatsapp", "facebook", "twitter", "x", "telegram",
	"instagram", "youtube", "linkedin", "pinterest", "email", "print", "copy", "link", "follow",
	"us", "on", "google", "subscribe", "join", "channel", "home", "international", "national",
	"sports", "sport", "business", "entertainment", "politics",
	"lifestyle", "technology", "tech", "health", "religion", "astrology", "education", "videos",
	"video", "photos", "photo", "gallery", "web", "local", "opinion", "editorial", "tags", "tag", "category", "categories",
	"leave", "a", "reply", "comment", "comments", "cancel", "next", "previous", "prev", "page",
	"menu", "search", "login", "sign", "in", "up", "register", "close", "skip", "to", "content",
	"main", "navigation", "toggle", "you", "may", "like", "recommended", "for", "advertise", "with",
	"contact", "about", "privacy", "policy", "terms", "conditions", "of", "use", "all", "rights",
	"reserved", "copyright", "the", "and", "by", "posted", "updated", "published", "view",
	"featured", "headlines", "live", "tv", "epaper", "e", "paper", "whats", "app",
)

// navWords may also appear in a breadcrumb glued to a title (HomeGujaratAhmedabadઅમદાવાદમાં...),
// but a line made only of them could be a real dateline, so they do not make a whole line chrome.
var navWords = setOf("world", "india", "gujarat", "city", "ahmedabad", "surat", "vadodara", "rajkot",
	"gandhinagar", "saurashtra", "kutch", "mumbai", "delhi", "national", "state", "district")

// chromeGujarati are whole lines (trimmed) that Gujarati sites use as chrome.
var chromeGujarati = setOf(
	"આ પણ વાંચો", "વધુ વાંચો", "શેર કરો", "આ સમાચાર શેર કરો", "અમને ફોલો કરો", "લેટેસ્ટ ન્યૂઝ",
	"તાજા સમાચાર", "સંબંધિત સમાચાર", "સંબંધિત લેખો", "જાહેરાત", "ટોપ ન્યૂઝ", "ટ્રેન્ડિંગ",
)

// linkListPrefixes open a line that is a link to another article, a list of tags, or a
// copyright notice.
var linkListPrefixes = []string{"also read", "read also", "read more", "આ પણ વાંચો", "વધુ વાંચો", "આ પણ જુઓ",
	"tags", "ટૅગ્સ", "ટેગ્સ", "©", "copyright"}

// breadcrumbHomes open a breadcrumb line: હોમ » ગુજરાત » અમદાવાદ.
var breadcrumbHomes = []string{"home", "હોમ", "મુખ્ય પૃષ્ઠ", "હોમપેજ"}

// alwaysChrome are tokens that are never text: they are removed wherever they stand.
const spotImg = "spot_img"

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// chromeRanges returns the sorted byte ranges of src that are page chrome.
func chromeRanges(src string) [][2]int {
	if !mayHaveChrome(src) {
		return nil
	}
	var out [][2]int
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		next := len(src)
		if end < 0 {
			end = len(src)
		} else {
			end += start
			next = end + 1
		}
		line := src[start:end]
		switch {
		case isChromeLine(line):
			out = append(out, [2]int{start, next}) // the line and its newline
		default:
			if n := breadcrumbPrefix(line); n > 0 {
				out = append(out, [2]int{start, start + n})
			}
			for i := 0; ; {
				k := strings.Index(line[i:], spotImg)
				if k < 0 {
					break
				}
				k += i
				out = append(out, [2]int{start + k, start + k + len(spotImg)})
				i = k + len(spotImg)
			}
		}
		start = next
	}
	return mergeRanges(out)
}

// mayHaveChrome is a cheap screen: chrome lines carry Latin letters or a Gujarati chrome phrase.
func mayHaveChrome(src string) bool {
	for i := 0; i < len(src); i++ {
		if c := src[i]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return true
		}
	}
	if strings.Contains(src, "»") || strings.Contains(src, "›") {
		return true // a breadcrumb: હોમ » ગુજરાત
	}
	// one pass for all the Gujarati phrases, by their first letter
	for i := 0; i+3 <= len(src); i++ {
		if src[i] != 0xE0 || src[i+1] != 0xAA && src[i+1] != 0xAB {
			continue
		}
		for _, w := range chromeByFirst[int(src[i+1]-0xAA)<<6|int(src[i+2]&0x3F)] {
			if strings.HasPrefix(src[i:], w) {
				return true
			}
		}
		i += 2
	}
	return false
}

// chromeByFirst indexes chromeGujarati by the first letter (its offset in the Gujarati block).
var chromeByFirst = func() (t [128][]string) {
	for w := range chromeGujarati {
		r, _ := utf8.DecodeRuneInString(w)
		t[r-0x0A80] = append(t[r-0x0A80], w)
	}
	return t
}()

func mergeRanges(rs [][2]int) [][2]int {
	// Ranges arrive in line order, and within a line breadcrumb before spot_img; sort is cheap
	// insurance against overlap when a breadcrumb contains spot_img.
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j][0] < rs[j-1][0]; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// isChromeLine reports whether a whole line is chrome.
func isChromeLine(line string) bool {
	t := strings.TrimFunc(line, isSpaceOrInvisible)
	if t == "" {
		return false // blank lines separate paragraphs; keep them
	}
	if strings.Contains(t, spotImg) {
		t = strings.TrimFunc(strings.ReplaceAll(t, spotImg, ""), isSpaceOrInvisible)
		if t == "" {
			return true
		}
	}
	if chromeGujarati[strings.TrimRight(t, " :-.")] {
		return true
	}
	for _, p := range linkListPrefixes {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			rest := strings.TrimLeftFunc(t[len(p):], isSpaceOrInvisible)
			if rest == "" || rest[0] == ':' || rest[0] == '-' || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "»") ||
				p == "©" || p == "copyright" && (strings.HasPrefix(rest, "©") || rest[0] >= '0' && rest[0] <= '9') {
				return true
			}
		}
	}
	for _, h := range breadcrumbHomes {
		if len(t) > len(h) && strings.EqualFold(t[:len(h)], h) {
			rest := strings.TrimLeftFunc(t[len(h):], isSpaceOrInvisible)
			if strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "›") || strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "/") {
				return true
			}
		}
	}
	words := 0
	if strings.ContainsFunc(t, IsGujarati) {
		return false
	}
	ok := true
	eachWord(t, func(w string) {
		words++
		if !chromeWords[strings.ToLower(w)] {
			ok = false
		}
	})
	return ok && (words > 0 || onlySeparators(t))
}

// onlySeparators reports lines like "-----" or "» » »" that carry nothing.
func onlySeparators(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return len(t) <= 3 && strings.ContainsAny(t, "»|•")
}

// breadcrumbPrefix returns the length of a run of glued navigation words (HomeLatestInternational)
// that opens a line and runs straight into Gujarati text.
func breadcrumbPrefix(line string) int {
	i := 0
	for i < len(line) && (line[i] >= 'A' && line[i] <= 'Z' || line[i] >= 'a' && line[i] <= 'z') {
		i++
	}
	if i == 0 || i == len(line) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(line[i:]); !IsGujarati(r) {
		return 0
	}
	words, ok := 0, true
	eachWord(line[:i], func(w string) {
		words++
		if lw := strings.ToLower(w); !chromeWords[lw] && !navWords[lw] {
			ok = false
		}
	})
	if !ok || words < 2 {
		return 0
	}
	return i
}

// eachWord calls f with each Latin word of s, splitting at non-letters and at lower-to-upper
// case joints (CamelCase), so "- Advertisment -spot_img" gives advertisment, spot, img.
func eachWord(s string, f func(string)) {
	start := -1
	prevLower := false
	for i, r := range s {
		letter := unicode.IsLetter(r)
		upper := unicode.IsUpper(r)
		if start >= 0 && (!letter || (upper && prevLower)) {
			f(s[start:i])
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
		prevLower = letter && !upper
	}
	if start >= 0 {
		f(s[start:])
	}
}

func isSpaceOrInvisible(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u2060' || r == '\u00ad'
}
