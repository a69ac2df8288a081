package extract

// unitsObserved, when set, is given what unitsInvolved read and decided for every page: the
// text (headline, a newline, the body), the institution and the list of units named. Only tests
// set it: the measurements of a learned classifier for units named (unitsml_train_test.go)
// read their candidates from there. The product leaves it nil.
var unitsObserved func(text, inst string, units []string)
