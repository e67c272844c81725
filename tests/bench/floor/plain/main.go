// Command plain is the smallest Go wasm with fmt: the Go runtime and
// standard library floor that make bench compares app.wasm against.
package main

import "fmt"

func main() { fmt.Println("hello") }
