//go:build !englishonly

package ui

// Why the class page refused a result file (analysis.RefusalFormats), in
// Ukrainian. Counts come first with a colon ("Питань: 300"), so that the
// noun needs no agreement with the number.

func init() {
	translate(Ukrainian, map[string]string{
		"%d questions is more than any quiz of this app has":           "Питань: %d — більше, ніж має будь-який тест цього застосунку",
		"%d statements is more than the page reads from one file (%d)": "Записів: %d — більше, ніж сторінка читає з одного файлу (%d)",
		"%q has the wrong type (%s where %s belongs)":                  "поле %q має неправильний тип (%s там, де має бути %s)",
		"%s has an id too long to be one of this app's":                "%s: ідентифікатор задовгий, щоб бути з цього застосунку",
		"%s has no id":                   "%s: немає ідентифікатора",
		"%s: %v":                         "%s: %v",
		"%s: the learner id is too long": "%s: ідентифікатор учня задовгий",
		"%s: timestamp %q is not a time": "%s: позначка часу %q — не час",
		"\"finished\" is not a time as this app writes it (2026-11-30T10:00:00Z)": "«finished» — не час у тому вигляді, як його записує цей застосунок (2026-11-30T10:00:00Z)",
		"a matching question with too many items":                                 "питання на відповідність із забагатьма парами",
		"an answer without its interaction definition or result":                  "відповідь без опису взаємодії або без результату",
		"interaction type %q is not one this app uses":                            "тип взаємодії %q цей застосунок не використовує",
		"line %d":                               "рядок %d",
		"line %d: the response is damaged":      "рядок %d: відповідь пошкоджена",
		"line %d: tries %q is not a number":     "рядок %d: кількість спроб %q — не число",
		"line 2: %q is not a number of seconds": "рядок 2: %q — не кількість секунд",
		"line 2: %q is not a time":              "рядок 2: %q — не час",
		"line 4: the questions table does not start with a \"question\" column": "рядок 4: таблиця питань не починається стовпцем «question»",
		"negative time (%d seconds)":                                                        "від’ємний час (%d с)",
		"no answered or completed statements from this quiz":                                "немає записів про відповіді чи завершення цього тесту",
		"no answered statements from this quiz":                                             "немає записів про відповіді на цей тест",
		"not a Beyond Budapest result file (JSON or CSV) or xAPI statements":                "це не файл результатів Beyond Budapest (JSON чи CSV) і не записи xAPI",
		"not a Beyond Budapest result file (no \"app\": \"Beyond Budapest\")":               "це не файл результатів Beyond Budapest (немає \"app\": \"Beyond Budapest\")",
		"not a Beyond Budapest result file (the \"app\" column is not \"Beyond Budapest\")": "це не файл результатів Beyond Budapest (у стовпці «app» не «Beyond Budapest»)",
		"not a text file (is it a spreadsheet saved as .xlsx? save it as CSV)":              "це не текстовий файл (можливо, таблицю збережено як .xlsx? Збережіть її як CSV)",
		"not valid CSV at line %d: %v":                                                      "неправильний CSV у рядку %d: %v",
		"not valid CSV: %v":                                                                 "неправильний CSV: %v",
		"not valid JSON at line %d: %s":                                                     "неправильний JSON у рядку %d: %s",
		"not valid JSON: %v":                                                                "неправильний JSON: %v",
		"question %d":                                                                       "питання %d",
		"question %q has %d tries":                                                          "питання %q: спроб — %d",
		"question %q has a response too long to be real":                                    "питання %q: відповідь задовга, щоб бути справжньою",
		"question %q has a typed answer longer than the quiz allows":                        "питання %q: написана відповідь довша, ніж дозволяє тест",
		"response %q is not in this app's format":                                           "відповідь %q не у форматі цього застосунку",
		"statement %d":                         "запис %d",
		"the file ends too early (truncated?)": "файл уривається передчасно (обрізаний?)",
		"the file ends too early (truncated?): no questions table": "файл уривається передчасно (обрізаний?): немає таблиці питань",
		"the file is empty":                                  "файл порожній",
		"the name is longer than %d characters":              "ім’я довше за %d символів",
		"the student id is too long to be one of this app's": "ідентифікатор учня задовгий, щоб бути з цього застосунку",
		"too large (%s MB; the limit is 1 MB)":               "завеликий (%s МБ; межа — 1 МБ)",
		"true-false response %q is neither true nor false":   "відповідь %q на питання «правда чи неправда» — ні те, ні інше",
	})
}
