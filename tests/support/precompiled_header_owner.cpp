// The one unit of cvport_test_pch, the target that builds the tests' precompiled header
// (GoogleTest and nlohmann/json) that every test target reuses (tests/CMakeLists.txt). CMake
// builds a precompiled header only for a target with sources; this unit has nothing else to do.
