// Parses GIFT with gift-pegjs, an independent implementation, and prints
// the questions as JSON. Used by app/export's round-trip test.
const { parse } = require("gift-pegjs");

let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(parse(input)));
  } catch (e) {
    console.error(e.location ? `line ${e.location.start.line}, column ${e.location.start.column}: ${e.message}` : String(e));
    process.exit(1);
  }
});
