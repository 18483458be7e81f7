package entity

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kathan-nlp/kathan/internal/eval"
)

// TestSeed checks the acceptance reading of shared/seed/expected.md: every gold mention of the
// seed is found with its exact span and type, nothing else is, and the mentions link into
// exactly the 15 listed entities with their canonical names.
func TestSeed(t *testing.T) {
	gold, err := eval.LoadFile(fixtureDir + "/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := New().Analyze(gold.Text)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(gold.Mentions, predicted(d)); diff != "" {
		t.Errorf("seed mentions (-gold +got):\n%s", diff)
	}
	want := map[string]struct {
		typ   Type
		forms []string
	}{
		"Vladimir Putin":            {Person, []string{"પુતિન", "વ્લાદિમીર પુતિન", "Putin"}},
		"Kim Jong Un":               {Person, []string{"કિમ જોંગ ઉન", "કિમ જોંગ"}},
		"John Kirby":                {Person, []string{"જ્હોન કિર્બી", "જોન કિર્બી", "કિર્બી"}},
		"Sergei Shoigu":             {Person, []string{"સર્ગેઈ શોઇગુ", "શોઇગુ"}},
		"Russia":                    {Location, []string{"રશિયા", "Russia"}},
		"Ukraine":                   {Location, []string{"યુક્રેન", "Ukraine"}},
		"North Korea":               {Location, []string{"ઉત્તર કોરિયા"}},
		"Iran":                      {Location, []string{"ઈરાન"}},
		"United States":             {Location, []string{"અમેરિકા", "યુએસ"}},
		"Pyongyang":                 {Location, []string{"પ્યોંગયાંગ"}},
		"Moscow":                    {Location, []string{"મોસ્કો"}},
		"White House":               {Organization, []string{"વ્હાઇટ હાઉસ", "વ્હાઈટ હાઉસ"}},
		"National Security Council": {Organization, []string{"રાષ્ટ્રીય સુરક્ષા પરિષદ"}},
		"US intelligence":           {Organization, []string{"અમેરિકી ગુપ્તચર વિભાગ"}},
		"Biden administration":      {Organization, []string{"બિડેન વહીવટીતંત્ર"}},
	}
	byForm := map[string][]string{} // surface -> entity ids
	for _, m := range d.Mentions {
		byForm[m.Text] = append(byForm[m.Text], m.Entity)
	}
	ents := map[string]Entity{}
	for _, e := range d.Entities {
		ents[e.ID] = e
	}
	for name, w := range want {
		ids := map[string]bool{}
		for _, f := range w.forms {
			if len(byForm[f]) == 0 {
				t.Errorf("%s: no mention %q", name, f)
			}
			for _, id := range byForm[f] {
				ids[id] = true
			}
		}
		if len(ids) != 1 {
			t.Errorf("%s: mentions %q are in %d entities, want 1", name, w.forms, len(ids))
			continue
		}
		for id := range ids {
			e := ents[id]
			if e.Name != name || e.Type != w.typ {
				t.Errorf("entity %s is %q %s, want %q %s", id, e.Name, e.Type, name, w.typ)
			}
		}
	}
	var names []string
	for _, e := range d.Entities {
		names = append(names, e.Name)
	}
	sort.Strings(names)
	if len(d.Entities) != 15 {
		t.Errorf("%d entities, want 15: %q", len(d.Entities), names)
	}
}
