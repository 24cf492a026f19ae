#pragma once

#include "core/cases/CaseTypes.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace consilium::test {

/// A fixed 32-byte key (tests only) and a different one for wrong-key checks.
QByteArray testKey(char fill = 0x42);

/// A store in a fresh temporary folder, open for the test's lifetime.
struct TempStore {
    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
    TempStore();
    store::Store* operator->() { return store.get(); }
};

/// A case with distinctive text; `n` varies id, title and time.
cases::Case makeCase(int n, const QString& title = {});

/// Every file under `folder` concatenated (database, WAL, blobs), for "no plaintext on disk".
QByteArray allBytesUnder(const QString& folder);

} // namespace consilium::test
