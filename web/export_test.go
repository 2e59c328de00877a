package web

// StaticFS exposes the embedded files to the tests of package web_test.
var StaticFS = staticFS
