package export

import "beyondbudapest/app/quiz"

// A lesson's exports are in its language (quiz.Lesson.Lang): make export
// writes one bank per language, each apart from the other in the tool
// that imports them.

// langOf is a lesson's language code, "en" for English.
func langOf(lang string) string {
	if lang == "" {
		return "en"
	}
	return lang
}

// bankName names the question bank in the importing tool: Moodle's
// category, for one. A translation's bank has a name of its own, so that
// importing both languages never mixes them.
func bankName(l *quiz.Lesson) string {
	if l.Lang == "uk" {
		return "Beyond Budapest (українською)"
	}
	return "Beyond Budapest"
}

// bankID identifies the bank as a package (QTI's manifest): one per
// language and lesson version.
func bankID(l *quiz.Lesson) string {
	if l.Lang != "" {
		return "beyond-budapest-" + l.Lang + "-" + l.Version
	}
	return "beyond-budapest-" + l.Version
}

// trueFalseWords are the two answers of a true/false question, True
// first (quiz.Load builds true/false that way), in language lang.
func trueFalseWords(lang string) [2]string {
	if lang == "uk" {
		return [2]string{"Правда", "Неправда"}
	}
	return [2]string{"True", "False"}
}
