// The test LMS's own script (scorm_lms_test.go serves it at /lms/driver.js):
// launching and closing the activity, logging each API call, and a helper
// that answers the question shown in the frame the way answerByMouse does
// on a page. scorm-again's Scorm12API and Scorm2004API are loaded before it.

window.lmsCalls = [];
window.lmsErrors = [];
let api = null;

function wrap(a, edition) {
	const lastError = edition === "1.2" ? () => a.LMSGetLastError() : () => a.GetLastError();
	const names = edition === "1.2" ? ["LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"] : ["Initialize", "SetValue", "Commit", "Terminate"];
	for (const name of names) {
		const orig = a[name].bind(a);
		a[name] = function (...args) {
			const result = String(orig(...args));
			window.lmsCalls.push({name, args: args.map(String), result, error: String(lastError())});
			return result;
		};
	}
}

// launch opens the activity with the learner's state from an earlier
// attempt (null for a first launch) and the manifest's mastery score.
window.launch = function (edition, state, src) {
	const settings = {autocommit: false, logLevel: 4, onLogMessage: (level, msg) => {
		if (level === 4 || level === "ERROR") window.lmsErrors.push(String(msg));
	}};
	api = edition === "1.2" ? new Scorm12API(settings) : new Scorm2004API(settings);
	if (state) {
		api.loadFromJSON(state);
	}
	wrap(api, edition);
	if (edition === "1.2") window.API = api; else window.API_1484_11 = api;
	const frame = document.createElement("iframe");
	frame.title = "Activity";
	frame.style = "width: 100%; height: 900px; border: 0";
	frame.src = src;
	document.getElementById("slot").appendChild(frame);
};

// close removes the frame, as an LMS does when the student leaves the
// activity; the package's pagehide handler ends the session.
window.close = function () {
	document.getElementById("slot").innerHTML = "";
	window.lastCMI = JSON.parse(JSON.stringify(api.cmi));
	return window.lastCMI;
};

window.cmi = () => JSON.parse(JSON.stringify(api.cmi));

// relaunchState is what the LMS keeps from a session and hands back at
// the next launch. It is built here, not in Go, because the order of an
// interaction's fields matters (type before learner_response) and Go maps
// do not keep it.
window.relaunchState = function (edition, first, prev) {
	const next = Object.assign({}, first, {suspend_data: prev.suspend_data, interactions: prev.interactions});
	if (edition === "1.2") {
		next.core = {entry: "resume", lesson_status: prev.core.lesson_status, score: prev.core.score};
	} else {
		Object.assign(next, {entry: "resume", completion_status: prev.completion_status, success_status: prev.success_status, score: prev.score});
	}
	return next;
};

const frameDoc = () => document.querySelector("iframe").contentDocument;
const until = async (cond, what) => {
	for (let i = 0; i < 500; i++) {
		try { if (cond()) return; } catch (e) {}
		await new Promise(r => setTimeout(r, 20));
	}
	throw new Error("timed out waiting for " + what);
};

// answer puts response r into the shown question's inputs.
window.answer = async function (kind, r) {
	const d = frameDoc();
	if (kind === "single" || kind === "truefalse" || kind === "multiple") {
		for (const input of d.querySelectorAll("input[name=answer]")) {
			const want = (r.choices || []).includes(+input.value);
			if (input.checked !== want) {
				const label = d.querySelector('label[for="' + input.id + '"]');
				if (!label) throw new Error("no label for " + input.id + " in " + d.querySelector("fieldset").outerHTML.slice(0, 1500));
				label.click();
				await until(() => frameDoc().getElementById(input.id).checked === want, "choice " + input.id);
			}
		}
	} else if (kind === "order") {
		for (let target = 0; target < r.order.length; target++) {
			const item = r.order[target];
			const at = () => [...frameDoc().querySelectorAll(".order-item")].findIndex(e => +e.dataset.item === item);
			while (at() > target) {
				const before = at();
				frameDoc().getElementById("move-up-" + item).click();
				await until(() => at() === before - 1, "item " + item + " to move up");
			}
		}
	} else if (kind === "match") {
		r.matches.forEach((want, i) => {
			const sel = d.getElementById("match-" + i);
			sel.value = String(want);
			sel.dispatchEvent(new Event("change", {bubbles: true}));
		});
	} else {
		const field = d.getElementById("answer-text");
		field.value = r.text;
		field.dispatchEvent(new Event("input", {bubbles: true}));
	}
	frameDoc().getElementById("check").click();
	await until(() => !frameDoc().getElementById("next").disabled, "Next");
	// Wait for the next question (or the results) to replace this one, so
	// that the test never reads the old question as the new one.
	const shown = () => { const f = frameDoc().querySelector("fieldset[data-question]"); return f ? f.dataset.question : ""; };
	const before = shown();
	frameDoc().getElementById("next").click();
	await until(() => shown() !== before, "the next question");
	return true;
};
