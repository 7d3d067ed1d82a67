#pragma once
// How tile bytes are fetched: an interface so tests can answer without a network.
#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <functional>

namespace nadzor::maps {

struct FetchResult {
    QByteArray data;
    int httpStatus = 0;     // 0 when no HTTP answer came
    QString error;          // empty on success
    bool networkError = false;  // the server could not be reached (offline, DNS, timeout)
    bool ok() const { return error.isEmpty(); }
};

class TileFetcher : public QObject {
    Q_OBJECT
public:
    explicit TileFetcher(QObject *parent = nullptr);
    ~TileFetcher() override;
    // Starts a request; `done` is called once, later, in this object's thread.
    virtual void fetch(const QNetworkRequest &request, std::function<void(const FetchResult &)> done) = 0;
};

} // namespace nadzor::maps
