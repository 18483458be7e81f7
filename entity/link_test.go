package entity

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRomanName checks the English names composed for people no list knows: initials become the
// Latin letters they name.
func TestRomanName(t *testing.T) {
	for _, tc := range []struct{ gu, want string }{
		{"એમ.કે. દાસ", "M.K. Das"},
		{"જે.એમ. પટેલ", "J.M. Patel"},
		{"આર. બી. ગોહિલ", "R. B. Gohil"},
		{"હિતેશ ત્રિવેદી", "Hitesh Trivedi"},
		{"સી.બી.એલ. પટેલ", "C.B.L. Patel"},
		{"દિનેશભાઈ પટેલ", "Dineshbhai Patel"},
		{"રાજદીપસિંહ ઝાલા", "Rajdipsinh Zala"},
		{"હર્ષ સંઘવી", "Harsh Sanghvi"},
		{"કમલેશ પરમાર", "Kamlesh Parmar"},
		{"ભરત મહેતા", "Bharat Maheta"},
		{"દિગ્વિજયસિંહ", "Digvijaysinh"},
		{"નરેન્દ્ર", "Narendra"},
		{"અમદાવાદ", "Amdavad"},
		{"જયેશકુમાર", "Jayeshkumar"},
		{"ભાવનગર", "Bhavnagar"},
		{"પ્રજાપતિ", "Prajapati"},
		{"અરવિંદ કેજરીવાલ", "Arvind Kejrival"},
		{"મનમોહન", "Manmohan"},
	} {
		if diff := cmp.Diff(tc.want, romanName(tc.gu)); diff != "" {
			t.Errorf("romanName(%q) (-want +got):\n%s", tc.gu, diff)
		}
	}
}

// TestComposedNames checks the English names composed for bodies, places and people no list
// knows.
func TestComposedNames(t *testing.T) {
	r := New()
	for _, tc := range []struct{ text, want string }{
		{"મહેસાણા જિલ્લા પંચાયતની સભા મળી.", "Mehsana district panchayat"},
		{"ઊંઝા નગરપાલિકાના પ્રમુખે બજેટ રજૂ કર્યું.", "Unjha municipality"},
		{"ગામના સરપંચ રમેશભાઈ સોજીત્રાએ જણાવ્યું.", "Rameshbhai Sojitra"},
		{"પોલીસે દિનેશ ઉર્ફે ટીણો મકવાણાને પકડ્યો.", "Dinesh alias Tino Makvana"},
	} {
		d, err := r.Analyze(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range d.Entities {
			names = append(names, e.Name)
		}
		if !slices.Contains(names, tc.want) {
			t.Errorf("%s: entities %q, want %q among them", tc.text, names, tc.want)
		}
	}
}

// TestAliasLinks checks that a person named with an alias is one entity with the later mentions
// by either name.
func TestAliasLinks(t *testing.T) {
	d, err := New().Analyze("પોલીસે દિનેશ ઉર્ફે ટીણો મકવાણાને પકડ્યો. દિનેશે ગુનો કબૂલ્યો; ટીણોને જેલ મોકલાયો.")
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, e := range d.Entities {
		var ms []string
		for _, i := range e.Mentions {
			ms = append(ms, d.Mentions[i].Text)
		}
		got = append(got, ms)
	}
	want := [][]string{{"દિનેશ ઉર્ફે ટીણો મકવાણા", "દિનેશ", "ટીણો"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}
