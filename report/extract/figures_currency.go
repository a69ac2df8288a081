package extract

// foreignCurrencies are the names of currencies other than the renminbi, as written before an
// amount (投资新臺幣70億元, 捐贈港幣50萬元): a closed set, not words fitted to pages.
const foreignCurrencies = `新臺幣|新台幣|新台币|臺幣|台幣|台币|港币|港幣|港元|澳门元|澳門元|澳门币|澳門幣|澳币|澳幣|葡币|葡幣|美元|欧元|歐元|日元|日圓|英镑|英鎊`

// reForeignCurrency: a foreign currency's name right before an amount.
var reForeignCurrency = lazyRE(`(` + foreignCurrencies + `)\s*$`)

// reCurrencyEnd: any currency's name before an amount (新臺幣, 人民币, 港币), which trimLabel
// cuts off a label: the currency is the amount's, not the noun's.
var reCurrencyEnd = lazyRE(`(?:人民币|人民幣|` + foreignCurrencies + `)$`)

// foreignCurrency is the currency other than the renminbi that the text before an amount names
// (as written), or "". The amount's measure word is 元 whatever the currency, and a digest
// reads 元 as yuan: a figure in 新臺幣 keeps its currency in its label (签下金额（新臺幣）), so it
// is never stated, or summed, as renminbi.
func foreignCurrency(before string) string {
	if m := reForeignCurrency.FindStringSubmatch(before); m != nil {
		return m[1]
	}
	return ""
}
