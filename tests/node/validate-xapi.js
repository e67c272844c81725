// Validates xAPI statements with Learning Locker's independent validator.
// Reads a JSON array of statements on stdin; prints each problem and exits
// 1 if there is any. Used by the Go tests (app/report, app/journey).
const validate = require("@learninglocker/xapi-validation").default;

let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const statements = JSON.parse(input);
  let problems = 0;
  statements.forEach((s, i) => {
    for (const w of validate(s)) {
      problems++;
      console.log(`statement ${i} (${s.verb && s.verb.id}): ${w.path ? w.path.join(".") : ""}: ${w.message || JSON.stringify(w)}`);
    }
  });
  console.log(`${statements.length} statements, ${problems} problems`);
  process.exit(problems > 0 ? 1 : 0);
});
