package extract

import "testing"

// TestHolderPartAt: the part of the holder (or of the institution) that a clause of the lead
// names as its subject holds the event, written whole; a person's title, joint holders, an
// enumeration and a clause are no such part. Made-up rows.
func TestHolderPartAt(t *testing.T) {
	for _, tc := range []struct{ opening, u, want string }{
		{"5月3日，东湖医院眼科分院於院區舉辦護眼講座。", "东湖医院", "东湖医院眼科分院"},
		{"为加强基层党建，10月2日下午，西河路街道党工委在南苑社区会议室召开联席会议。", "西河路街道", "西河路街道党工委"},
		{"为加强基层党建，充分发挥党员作用、\n10月2日下午，西河路街道党工委在南苑社区会议室召开联席会议。", "西河路街道", "西河路街道党工委"},
		{"6月1日，东湖医院党委理论学习中心组全体成员在会议室开展集中学习。", "东湖医院党委", "东湖医院党委理论学习中心组"},
		{"东湖电力公司南岭供电所共产党员服务队今日走进南岭村开展义诊。", "东湖电力公司", "东湖电力公司南岭供电所共产党员服务队"},
		{"4月9日，东湖学院党委书记李明一行赴西山公司调研。", "东湖学院", ""},
		{"4月9日，东湖学院机关一党支部、后勤党支部联合举办主题党日活动。", "东湖学院", ""},
		{"4月9日，东湖电力公司党委及工会负责人一行慰问一线员工。", "东湖电力公司", ""},
		{"4月9日，东湖电力公司南岭供电所与西山小学举行共建签约仪式。", "东湖电力公司", ""},
		{"4月9日，东湖学院组织学生服务队赴西山村开展义诊。", "东湖学院", ""},
		{"4月9日，东湖学院在礼堂举行开学典礼。", "东湖学院", ""},
		{"4月9日，西山医院专家到东湖学院开展义诊。", "东湖学院", ""},
		{"东湖学院", "", ""},
	} {
		if got := holderPartAt(tc.opening, tc.u); got != tc.want {
			t.Errorf("holderPartAt(%q, %q) = %q, want %q", tc.opening, tc.u, got, tc.want)
		}
	}
}
