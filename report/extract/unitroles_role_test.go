package extract

import "testing"

// rolesOf gives the role bodyMention.role decides for every candidate body of text that has a
// name's shape, by its name.
func rolesOf(text, inst string) map[string]unitRole {
	got := map[string]unitRole{}
	namedUnits(text, inst, "", func(c bodyMention) bool {
		if _, ok := got[c.name]; !ok {
			got[c.name] = c.role()
		}
		return false
	})
	return got
}

// TestBodyRoles: the one decision on a candidate body names what it does in its clause; each row
// is made up for the test.
func TestBodyRoles(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, inst, name string
		want             unitRole
	}{
		{"5月8日，东湖大学召开安全工作会议，青川市教育局、青川市科技局负责人参加。", "东湖大学", "青川市教育局", roleActs},
		{"5月8日，东湖大学组织专家赴青川市第二医院开展义诊。", "东湖大学", "青川市第二医院", roleJoined},
		{"5月8日，东湖大学召开安全工作会议，青川市教育局局长王明出席。", "东湖大学", "青川市教育局", roleTitle},
		{"5月8日，东湖大学召开会议，会上，青川市教育委员会关于安全工作的通知得到传达。", "东湖大学", "青川市教育委员会", roleSource},
		{"5月8日，东湖大学召开会议。王强表示，学校将与青川师范学院合作办学。", "东湖大学", "青川师范学院", roleSpeech},
		{"5月8日，东湖大学召开会议。会议要求，青川校区保卫处加强巡查。", "东湖大学", "青川校区保卫处", roleAddressed},
		{"5月8日，东湖大学举行校庆。近年来，青川市科技局与学校签署了多项协议。", "东湖大学", "青川市科技局", roleBackground},
		{"5月8日，青川日报、青川电视台进行了报道。", "东湖大学", "青川电视台", roleMedia},
		{"5月8日，东湖大学召开会议，青川区教育局、青川区科技局主要负责同志参加。", "东湖大学", "青川区教育局", roleByRank},
	} {
		got, ok := rolesOf(c.text, c.inst)[c.name]
		if !ok {
			t.Errorf("%s: %s is no candidate (candidates %v)", c.text, c.name, rolesOf(c.text, c.inst))
			continue
		}
		if got != c.want {
			t.Errorf("%s: %s: role %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
