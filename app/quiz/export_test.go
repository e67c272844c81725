package quiz

// MaxParamLength lets the external tests know where ParseSettings stops
// reading a link.
const MaxParamLength = maxParamLength
