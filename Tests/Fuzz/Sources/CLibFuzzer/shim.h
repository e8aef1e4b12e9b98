// libFuzzer's driver entry point (it ships with the Swift toolchain; linked by -sanitize=fuzzer).
// SwiftPM links executables with their own main, so the fuzzer runs through this driver
// instead of LLVMFuzzerTestOneInput as the program's entry.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
