package entity
import ("testing";"fmt";"os")
func TestDbg(t *testing.T){
 d,_:=New().Analyze(os.Getenv("TXT"))
 for _,m:=range d.Mentions{ fmt.Printf("%q %s %s %q %s\n", m.Text, m.Type, m.Rule, m.Suffix, m.Source) }
}
