package normalize

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChrome(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"spot_img lines", "spot_img\nરશિયા\nspot_imgspot_img\n", "રશિયા\n"},
		{"advertisement with glued spot_img", "ક\n- Advertisment -spot_img\nખ", "ક\nખ"},
		{"related and popular", "ક\nRELATED ARTICLES\nMost Popular", "ક\n"},
		{"breadcrumb glued to a title", "HomeLatestInternationalયુક્રેન યુદ્ધ", "યુક્રેન યુદ્ધ"},
		{"breadcrumb with a city", "HomeGujaratAhmedabadઅમદાવાદમાં વરસાદ", "અમદાવાદમાં વરસાદ"},
		{"also read link", "સમાચાર.\nઆ પણ વાંચો: ભાજપની બેઠક\nAlso Read - Modi in Surat\nવધુ.", "સમાચાર.\nવધુ."},
		{"share line", "Share this:\nFollow us on Google News\nક", "ક"},
		{"real English sentence stays", "Most people said they would vote.", "Most people said they would vote."},
		{"English headline stays", "Russia openly seeks help from another country", "Russia openly seeks help from another country"},
		{"sentence opening with આ પણ stays", "આ પણ એક મહત્વનો મુદ્દો છે.", "આ પણ એક મહત્વનો મુદ્દો છે."},
		{"a lone city dateline stays", "Ahmedabad\nઅમદાવાદ", "Ahmedabad\nઅમદાવાદ"},
		{"Latin name glued to Gujarati stays", "Redmiએ ફોન લોન્ચ કર્યો", "Redmiએ ફોન લોન્ચ કર્યો"},
		{"one nav word glued stays", "Homeમાં", "Homeમાં"},
		{"blank lines stay", "ક\n\nખ", "ક\n\nખ"},
		{"share buttons", "ક\nShare on WhatsApp Share on Facebook\nખ", "ક\nખ"},
		{"tags line", "ક\nTags: Ahmedabad Rain Gujarat Weather\nખ", "ક\nખ"},
		{"Gujarati breadcrumb", "હોમ » ગુજરાત » અમદાવાદ\nઅમદાવાદમાં વરસાદ", "અમદાવાદમાં વરસાદ"},
		{"copyright line", "ક\n© 2026 Gujarati News. All rights reserved.", "ક\n"},
		{"a sentence about copyright stays", "Copyright law changed this year.", "Copyright law changed this year."},
		{"a sentence about a home stays", "Home prices rose again.", "Home prices rose again."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Clean(tc.in)
			if diff := cmp.Diff(tc.want, got.Text); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			checkMap(t, got)
			kept := Options{KeepChrome: true}.Clean(tc.in)
			if kept.Text != tc.in {
				t.Errorf("KeepChrome changed the text: %q", kept.Text)
			}
		})
	}
}

var markup = regexp.MustCompile(`\[\[(.*?)\|(PERSON|LOCATION|ORGANIZATION)\]\]`)

// TestChromeKeepsNews checks on every fixture document that chrome removal takes no real text:
// the corpus documents carry no chrome at all, so nothing of them may go.
func TestChromeKeepsNews(t *testing.T) {
	files, _ := filepath.Glob("../testdata/fixtures/*.txt")
	if len(files) < 20 {
		t.Fatalf("only %d fixture files", len(files))
	}
	for _, f := range files {
		if strings.HasSuffix(f, "seed.txt") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		plain := markup.ReplaceAllString(string(b), "$1")
		if rs := chromeRanges(plain); len(rs) > 0 {
			t.Errorf("%s: removed %q", filepath.Base(f), plain[rs[0][0]:rs[0][1]])
		}
	}
}

// TestMayHaveChrome checks the one-pass screen against every Gujarati chrome phrase.
func TestMayHaveChrome(t *testing.T) {
	for w := range chromeGujarati {
		if !mayHaveChrome("સમાચાર પછી " + w + " અંતે") {
			t.Errorf("mayHaveChrome misses %q", w)
		}
	}
	if mayHaveChrome("રશિયાના રાષ્ટ્રપતિએ મદદ માંગી છે.") {
		t.Error("mayHaveChrome screens in a line with no chrome")
	}
}
