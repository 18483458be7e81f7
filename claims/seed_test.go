package claims

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kathan-nlp/kathan/entity"
)

// TestSeed checks the acceptance reading of shared/seed/expected.md: exactly its 8 claims, with
// their sources (and the entities they link to), cues, stances, time and frequency, and none of
// its non-claims.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := entity.New().Analyze(string(src))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Source, Kind, Entity, Cue, Stance, Time, Frequency, ContentStart, ContentEnd string
	}
	want := []row{
		{"અમેરિકી ગુપ્તચર વિભાગ", Named, "US intelligence", "દાવા મુજબ", "claim", "", "", "પુતિને ઉત્તર કોરિયાના", "મદદ કરવા કહ્યું છે"},
		{"પશ્ચિમી દેશો", Descriptor, "", "અનુમાન લગાવી રહ્યા છે", "belief", "", "", "રશિયા પાસે દારૂગોળો", "થઈ રહ્યો છે"},
		{"વ્હાઇટ હાઉસ", Named, "White House", "જણાવ્યું હતું", "said", "બુધવારે", "", "તેની પાસે તાજી", "માંગ કરી રહ્યું છે"},
		{"વ્હાઈટ હાઉસ", Named, "White House", "દાવો કર્યો હતો", "claim", "", "", "રશિયાના સંરક્ષણ પ્રધાન", "કહ્યું હતું"},
		{"કિર્બી", Named, "John Kirby", "કહ્યું", "said", "", "", "રશિયા તેના સંરક્ષણ", "શોધમાં છે"},
		{"જોન કિર્બી", Named, "John Kirby", "કહ્યું", "said", "", "", "રશિયા અને ઉત્તર કોરિયા", "આગળ વધી રહી છે"},
		{"કિર્બી", Named, "John Kirby", "કહ્યું", "said", "", "", "શોઇગુની મુલાકાત બાદ", "આપ-લે થઈ છે"},
		{"બિડેન વહીવટીતંત્ર", Named, "Biden administration", "દાવો કર્યો છે", "claim", "", "વારંવાર", "રશિયા યુક્રેન સામે", "નિર્ભર બની ગયું છે"},
	}
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	var got []row
	for _, c := range Extract(d) {
		r := row{Source: c.Source.Text, Kind: c.Source.Kind, Entity: names[c.Source.Entity], Cue: c.Cue.Text, Stance: c.Stance}
		if c.Time != nil {
			r.Time = c.Time.Text
		}
		if c.Frequency != nil {
			r.Frequency = c.Frequency.Text
		}
		// the content's first and last words, compared by prefix and suffix below
		r.ContentStart, r.ContentEnd = c.Content.Text, c.Content.Text
		got = append(got, r)
		if src[c.Cue.Start] == 0 || string(src[c.Cue.Start:c.Cue.End]) != c.Cue.Text || string(src[c.Content.Start:c.Content.End]) != c.Content.Text {
			t.Errorf("claim spans do not match the input: %+v", c)
		}
	}
	if len(got) == len(want) {
		for i := range got {
			if strings.HasPrefix(got[i].ContentStart, want[i].ContentStart) {
				got[i].ContentStart = want[i].ContentStart
			}
			if strings.HasSuffix(got[i].ContentEnd, want[i].ContentEnd) {
				got[i].ContentEnd = want[i].ContentEnd
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed claims (-want +got):\n%s", diff)
	}
}
