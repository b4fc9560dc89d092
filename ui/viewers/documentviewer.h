#pragma once

// The document viewer: PDF pages through Poppler, office documents through LibreOffice's PDF.
// Page navigation, zoom, a strip of page thumbnails, text selection with copy, and search.
// Opening, rendering and searching run off the GUI thread; stale results are dropped.

#include "document/viewdocument.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QTimer;
class QToolBar;

namespace ad::ui
{

class PageView;

class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    void open(const QString &path);
    void close();

    int pageCount() const;
    int currentPage() const { return m_page; } // 0-based
    void goToPage(int index);
    double zoom() const { return m_zoom; } // 1.0: the page at its printed size on screen
    void setZoom(double zoom);
    void fitWidth();

    // Finds every occurrence across the document; `searchDone` follows.
    void search(const QString &text);
    int hitCount() const { return m_hits.size(); }
    int currentHit() const { return m_hit; }
    void nextHit(int step = 1);

    void selectAll(); // the whole current page
    void setSelection(const QRectF &points);
    QString selectedText() const;
    void copySelection() const;

    QListWidget *thumbnails() const { return m_thumbs; }
    PageView *pageView() const { return m_view; }
    bool isLoading() const;

Q_SIGNALS:
    void opened(int pages);
    void failed(const QString &message);
    void pageRendered(int index);
    void searchDone(int hits);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    using Hit = document::ViewDocument::Hit;
    struct Opened {
        std::shared_ptr<document::ViewDocument> doc;
        QString error;
    };
    void render();
    void makeThumbnails();
    void showHits();
    void updateControls();
    double pixelsPerPoint() const;

    QToolBar *m_bar;
    QSpinBox *m_pageBox;
    QLabel *m_pageTotal;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QListWidget *m_thumbs;
    QScrollArea *m_scroll;
    PageView *m_view;
    QTimer *m_refit;

    std::shared_ptr<document::ViewDocument> m_doc;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the current document's background work
    QFutureWatcher<Opened> m_opening;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    quint64 m_renderSerial = 0;
    QList<Hit> m_hits;
    int m_hit = -1;
    QString m_searched;
};

} // namespace ad::ui
