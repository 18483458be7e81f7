package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRomanName checks the English names composed for people no list knows: initials become the
// Latin letters they name.
func TestRomanName(t *testing.T) {
	for _, tc := range []struct{ gu, want string }{
		{"એમ.કે. દાસ", "M.K. Das"},
		{"જે.એમ. ચૌધરી", "J.M. Chaudhari"},
		{"આર. બી. ગોહિલ", "R. B. Gohil"},
		{"હિતેશ ત્રિવેદી", "Hitesh Trivedi"},
		{"સી.બી.એલ. પટેલ", "C.B.L. Patel"},
	} {
		if diff := cmp.Diff(tc.want, romanName(tc.gu)); diff != "" {
			t.Errorf("romanName(%q) (-want +got):\n%s", tc.gu, diff)
		}
	}
}
