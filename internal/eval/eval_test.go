package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseMarkup(t *testing.T) {
	text, ms, err := ParseMarkup("[[પુતિન|PERSON]]ે [[વ્હાઇટ હાઉસ|ORGANIZATION]]ને")
	if err != nil {
		t.Fatal(err)
	}
	want := []Mention{{0, 15, "PERSON", "પુતિન"}, {19, 50, "ORGANIZATION", "વ્હાઇટ હાઉસ"}}
	if diff := cmp.Diff("પુતિને વ્હાઇટ હાઉસને", text); diff != "" {
		t.Error(diff)
	}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Error(diff)
	}
	for _, bad := range []string{"[[x|PERSON", "[[x]]", "[[x|PLACE]]", "[[|PERSON]]"} {
		if _, _, err := ParseMarkup(bad); err == nil {
			t.Errorf("ParseMarkup(%q) accepted", bad)
		}
	}
}

func TestScoreMentions(t *testing.T) {
	gold := []Mention{{0, 5, "PERSON", ""}, {10, 20, "LOCATION", ""}, {30, 40, "ORGANIZATION", ""}}
	pred := []Mention{{0, 5, "PERSON", ""}, {10, 15, "LOCATION", ""}, {30, 40, "PERSON", ""}}
	strict, overlap := ScoreMentions(gold, pred)
	if diff := cmp.Diff(PRF{TP: 1, FP: 2, FN: 2}, *strict["ALL"]); diff != "" {
		t.Error(diff)
	}
	if diff := cmp.Diff(PRF{TP: 2, FP: 1, FN: 1}, *overlap["ALL"]); diff != "" {
		t.Error(diff)
	}
}

// TestFixturesLoad checks every fixture against the format's rules; a fixture that fails is a
// bug in the fixture.
func TestFixturesLoad(t *testing.T) {
	docs, err := LoadDir("../../testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	mentions, claims := 0, 0
	for _, d := range docs {
		mentions += len(d.Mentions)
		claims += len(d.Claims)
	}
	t.Logf("%d documents, %d gold mentions, %d gold claims", len(docs), mentions, claims)
	if len(docs) < 31 || mentions < 600 || claims < 120 {
		t.Errorf("fixtures too small: %d documents, %d mentions, %d claims", len(docs), mentions, claims)
	}
}
