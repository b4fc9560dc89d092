// liborc (0.4.33 and before) keeps the executable memory of compiled programs in one list of
// chunks that compiling and freeing a program both change, taking no lock around the change.
// libvips compiles under its own lock but frees unlocked, when a resize's operations are
// disposed, so a resize ending on one thread corrupted the list under another thread's compile
// or free (a SEGV in orc_code_chunk_free or orc_code_allocate_codemem). The definitions below
// take the place of liborc's for every library in the process, since the executable's symbols
// come first, and call liborc's own under one lock.

#include "imaging/orclock.h"

#include <dlfcn.h>
#include <mutex>
#include <orc/orc.h>

namespace
{

// Recursive: a liborc built to call these through its exported symbols would re-enter.
std::recursive_mutex &orcMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

template <typename Function> Function liborc(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

OrcCompileResult orc_program_compile(OrcProgram *program)
{
    static const auto next = liborc<OrcCompileResult (*)(OrcProgram *)>("orc_program_compile");
    const std::lock_guard lock(orcMutex());
    return next(program);
}

OrcCompileResult orc_program_compile_full(OrcProgram *program, OrcTarget *target, unsigned flags)
{
    static const auto next = liborc<OrcCompileResult (*)(OrcProgram *, OrcTarget *, unsigned)>(
        "orc_program_compile_full");
    const std::lock_guard lock(orcMutex());
    return next(program, target, flags);
}

void orc_program_free(OrcProgram *program)
{
    static const auto next = liborc<void (*)(OrcProgram *)>("orc_program_free");
    const std::lock_guard lock(orcMutex());
    next(program);
}

void orc_program_reset(OrcProgram *program)
{
    static const auto next = liborc<void (*)(OrcProgram *)>("orc_program_reset");
    const std::lock_guard lock(orcMutex());
    next(program);
}

} // extern "C"

namespace ad::imaging
{

bool orcCallsSerialised()
{
    // A loader that bound libvips to liborc's definitions directly would bypass the lock.
    const auto ours = [](const char *name, void *definition) {
        return dlsym(RTLD_DEFAULT, name) == definition && dlsym(RTLD_NEXT, name) != nullptr;
    };
    return ours("orc_program_compile", reinterpret_cast<void *>(&orc_program_compile)) &&
           ours("orc_program_compile_full", reinterpret_cast<void *>(&orc_program_compile_full)) &&
           ours("orc_program_free", reinterpret_cast<void *>(&orc_program_free)) &&
           ours("orc_program_reset", reinterpret_cast<void *>(&orc_program_reset));
}

} // namespace ad::imaging
