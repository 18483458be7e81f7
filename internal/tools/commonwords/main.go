// Command commonwords derives the list of frequent ordinary Gujarati words
// (entity/lexicon/rules/common-gu.tsv) from the news corpus in ../shared/corpus, so that the
// context rules do not take ordinary words for names. It is run by hand when the corpus changes;
// its output is committed (with the hand corrections its header lists). Documents used as evaluation fixtures are left out, so the list is
// not fitted to them.
//
// A word is common when it occurs in at least -min documents and, in most of them, no
// capitalized word of the English original matches it across scripts (normalize.Match): that
// projection keeps frequent names (ટ્રમ્પ, યુરોપ) out of the list.
//
//	go run ./internal/tools/commonwords -corpus ../shared/corpus -fixtures testdata/fixtures > entity/lexicon/rules/common-gu.tsv
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/kathan-nlp/kathan/entity"
	"github.com/kathan-nlp/kathan/normalize"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder with ntrex/ and flores/")
	fixtures := flag.String("fixtures", "testdata/fixtures", "fixture folder (documents to leave out)")
	minDocs := flag.Int("min", 3, "minimum document frequency")
	flag.Parse()

	skip := map[string]bool{}
	fx, _ := filepath.Glob(filepath.Join(*fixtures, "*.txt"))
	for _, f := range fx {
		b := strings.TrimSuffix(filepath.Base(f), ".txt")
		b = strings.TrimPrefix(strings.TrimPrefix(b, "ntrex-"), "flores-")
		skip[b] = true
	}
	files, _ := filepath.Glob(filepath.Join(*corpus, "*", "*.gu.txt"))
	df := map[string]int{}
	named := map[string]int{}
	used := 0
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".gu.txt")
		if skip[id] {
			continue
		}
		gu, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		en, _ := os.ReadFile(strings.TrimSuffix(f, ".gu.txt") + ".en.txt")
		used++
		caps := capitalized(string(en))
		seen := map[string]bool{}
		for _, w := range gujaratiWords(normalize.Clean(string(gu)).Text) {
			k := string(normalize.Fold(nil, w))
			if seen[k] {
				continue
			}
			seen[k] = true
			df[k]++
			if isNamed(w, caps) {
				named[k]++
			}
		}
	}
	var words []string
	for w, n := range df {
		if n >= *minDocs && float64(named[w]) < 0.5*float64(n) {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	fmt.Printf("# Frequent ordinary Gujarati words (folded with normalize.Fold) and their document frequency.\n")
	fmt.Printf("# Derived by internal/tools/commonwords from %d documents of shared/corpus (NTREX-128, Microsoft,\n", used)
	fmt.Printf("# CC BY-SA 4.0; FLORES-200, Meta AI, CC BY-SA 4.0), leaving out the documents used as fixtures.\n")
	fmt.Printf("# A word is listed when it occurs in >= %d documents and most of its documents have no English\n", *minDocs)
	fmt.Printf("# capitalized word that matches it across scripts. Licence of this list: CC BY-SA 4.0.\n")
	for _, w := range words {
		fmt.Printf("%s\t%d\n", w, df[w])
	}
}

// isNamed reports whether w, or w without a case suffix (ટ્રમ્પની = ટ્રમ્પ + ની), matches a
// capitalized word of the English original.
func isNamed(w string, caps []string) bool {
	forms := []string{w}
	for _, sp := range entity.SplitSuffix(w) {
		forms = append(forms, sp.Stem)
	}
	for _, f := range forms {
		for _, c := range caps {
			if normalize.Match(f, c) && normalize.Similarity(f, c) >= 0.6 {
				return true
			}
		}
	}
	return false
}

// gujaratiWords returns the runs of Gujarati letters and signs.
func gujaratiWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !normalize.IsGujaratiLetter(r) })
}

// capitalized returns the capitalized English words that do not open a sentence.
func capitalized(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		first := true
		for _, w := range strings.Fields(line) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if w == "" {
				continue
			}
			if !first && unicode.IsUpper([]rune(w)[0]) {
				out = append(out, w)
			}
			first = strings.ContainsAny(w[len(w)-1:], ".?!")
		}
	}
	return out
}
