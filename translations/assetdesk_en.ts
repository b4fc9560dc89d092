<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LibraryWords</name>
    <message numerus="yes">
        <source>Rated %n item(s) %1</source>
        <translation>
            <numerusform>Rated %n item %1</numerusform>
            <numerusform>Rated %n items %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the rating of %n item(s)</source>
        <translation>
            <numerusform>Cleared the rating of %n item</numerusform>
            <numerusform>Cleared the rating of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n item(s) %1</source>
        <translation>
            <numerusform>Labelled %n item %1</numerusform>
            <numerusform>Labelled %n items %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the label of %n item(s)</source>
        <translation>
            <numerusform>Cleared the label of %n item</numerusform>
            <numerusform>Cleared the label of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) as favourite</source>
        <translation>
            <numerusform>Marked %n item as favourite</numerusform>
            <numerusform>Marked %n items as favourite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the favourites</source>
        <translation>
            <numerusform>Removed %n item from the favourites</numerusform>
            <numerusform>Removed %n items from the favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tags of %n item(s)</source>
        <translation>
            <numerusform>Removed the tags of %n item</numerusform>
            <numerusform>Removed the tags of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n item(s): %1</source>
        <translation>
            <numerusform>Tagged %n item: %1</numerusform>
            <numerusform>Tagged %n items: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the note of %n item(s)</source>
        <translation>
            <numerusform>Saved the note of %n item</numerusform>
            <numerusform>Saved the note of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::Error</name>
    <message numerus="yes">
        <source>none of the %n file(s) found is of a kind the styles apply to (snapshot and videoinfo take videos, doc-preview documents, other processing pictures)</source>
        <translation>
            <numerusform>none of the %n file found is of a kind the styles apply to (snapshot and videoinfo take videos, doc-preview documents, other processing pictures)</numerusform>
            <numerusform>none of the %n files found is of a kind the styles apply to (snapshot and videoinfo take videos, doc-preview documents, other processing pictures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n file(s) under %1 lie in the destination %2, which a batch leaves out (its results would replace or be fed its originals): choose a destination outside the source</source>
        <translation>
            <numerusform>all %n file under %1 lie in the destination %2, which a batch leaves out (its results would replace or be fed its originals): choose a destination outside the source</numerusform>
            <numerusform>all %n files under %1 lie in the destination %2, which a batch leaves out (its results would replace or be fed its originals): choose a destination outside the source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %n file(s) under %1 outside the destination matches the patterns (include %2%3)</source>
        <translation>
            <numerusform>none of the %n file under %1 outside the destination matches the patterns (include %2%3)</numerusform>
            <numerusform>none of the %n files under %1 outside the destination matches the patterns (include %2%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::jobs</name>
    <message numerus="yes">
        <source>Pages of %n document(s)</source>
        <translation>
            <numerusform>Pages of %n document</numerusform>
            <numerusform>Pages of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>Move %n item to %1</numerusform>
            <numerusform>Move %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) to %1</source>
        <translation>
            <numerusform>Copy %n item to %1</numerusform>
            <numerusform>Copy %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) written</source>
        <translation>
            <numerusform>%n output written</numerusform>
            <numerusform>%n outputs written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: the file exists</source>
        <translation>
            <numerusform>%n skipped: the file exists</numerusform>
            <numerusform>%n skipped: the file exists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transcode %n file(s) to %1</source>
        <translation>
            <numerusform>Transcode %n file to %1</numerusform>
            <numerusform>Transcode %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posters of %n clip(s)</source>
        <translation>
            <numerusform>Posters of %n clip</numerusform>
            <numerusform>Posters of %n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sprite sheets of %n clip(s)</source>
        <translation>
            <numerusform>Sprite sheets of %n clip</numerusform>
            <numerusform>Sprite sheets of %n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Animated previews of %n clip(s)</source>
        <translation>
            <numerusform>Animated previews of %n clip</numerusform>
            <numerusform>Animated previews of %n clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::BatchDialog</name>
    <message numerus="yes">
        <source>&amp;Selected files (%n)</source>
        <translation>
            <numerusform>&amp;Selected file (%n)</numerusform>
            <numerusform>&amp;Selected files (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n output would be written; nothing has been written yet.</numerusform>
            <numerusform>%n outputs would be written; nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) would be written by the cloud in %1 request(s); nothing has been sent yet.</source>
        <translation>
            <numerusform>%n output would be written by the cloud in %1 request(s); nothing has been sent yet.</numerusform>
            <numerusform>%n outputs would be written by the cloud in %1 request(s); nothing has been sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::BucketView</name>
    <message numerus="yes">
        <source>Listing… %n item(s)</source>
        <translation>
            <numerusform>Listing… %n item</numerusform>
            <numerusform>Listing… %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the bucket? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item from the bucket? Folders are deleted with everything in them. This cannot be undone.</numerusform>
            <numerusform>Delete %n items from the bucket? Folders are deleted with everything in them. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) deleted</source>
        <translation>
            <numerusform>%n object deleted</numerusform>
            <numerusform>%n objects deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link copied; it works for %n hour(s)</source>
        <translation>
            <numerusform>Link copied; it works for %n hour</numerusform>
            <numerusform>Link copied; it works for %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::CollectionView</name>
    <message numerus="yes">
        <source>Smart collection “%1”: %n item(s)</source>
        <translation>
            <numerusform>Smart collection “%1”: %n item</numerusform>
            <numerusform>Smart collection “%1”: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Album “%1”: %n item(s)</source>
        <translation>
            <numerusform>Album “%1”: %n item</numerusform>
            <numerusform>Album “%1”: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::CollectionsPanel</name>
    <message numerus="yes">
        <source>Smart collection “%1” created: %n item(s) match</source>
        <translation>
            <numerusform>Smart collection “%1” created: %n item matches</numerusform>
            <numerusform>Smart collection “%1” created: %n items match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “%1”</source>
        <translation>
            <numerusform>Added %n item to “%1”</numerusform>
            <numerusform>Added %n items to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::ConnectionsDialog</name>
    <message numerus="yes">
        <source>Connected: %n bucket(s)</source>
        <translation>
            <numerusform>Connected: %n bucket</numerusform>
            <numerusform>Connected: %n buckets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::DocToImageDialog</name>
    <message numerus="yes">
        <source>%n page(s) in sheet &quot;%1&quot; (of %2 sheets)</source>
        <translation>
            <numerusform>%n page in sheet &quot;%1&quot; (of %2 sheets)</numerusform>
            <numerusform>%n pages in sheet &quot;%1&quot; (of %2 sheets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::DuplicatesWindow</name>
    <message numerus="yes">
        <source>Cancelled: %n picture(s) compared so far.</source>
        <translation>
            <numerusform>Cancelled: %n picture compared so far.</numerusform>
            <numerusform>Cancelled: %n pictures compared so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) compared.</source>
        <translation>
            <numerusform>%n picture compared.</numerusform>
            <numerusform>%n pictures compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (hover for the list).</source>
        <translation>
            <numerusform>%n file could not be read (hover for the list).</numerusform>
            <numerusform>%n files could not be read (hover for the list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates.</source>
        <translation>
            <numerusform>%n group of duplicates.</numerusform>
            <numerusform>%n groups of duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact copies (%n)</source>
        <translation>
            <numerusform>Exact copies (%n)</numerusform>
            <numerusform>Exact copies (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similar pictures (%n)</source>
        <translation>
            <numerusform>Similar pictures (%n)</numerusform>
            <numerusform>Similar pictures (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Duplicate(s) to Trash</source>
        <translation>
            <numerusform>Move %n Duplicate to Trash</numerusform>
            <numerusform>Move %n Duplicates to Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) back from the trash.</source>
        <translation>
            <numerusform>%n picture back from the trash.</numerusform>
            <numerusform>%n pictures back from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) moved or deleted since the scan.</source>
        <translation>
            <numerusform>%n picture moved or deleted since the scan.</numerusform>
            <numerusform>%n pictures moved or deleted since the scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) back since the scan.</source>
        <translation>
            <numerusform>%n picture back since the scan.</numerusform>
            <numerusform>%n pictures back since the scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) moved to the trash (Undo brings them back).</source>
        <translation>
            <numerusform>%n picture moved to the trash (Undo brings them back).</numerusform>
            <numerusform>%n pictures moved to the trash (Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::InspectorPanel</name>
    <message numerus="yes">
        <source>%1, %2 Hz, %n channel(s)</source>
        <translation>
            <numerusform>%1, %2 Hz, %n channel</numerusform>
            <numerusform>%1, %2 Hz, %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::JobsIndicator</name>
    <message numerus="yes">
        <source>%n job(s) · %1 %</source>
        <translation>
            <numerusform>%n job · %1 %</numerusform>
            <numerusform>%n jobs · %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::JobsModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>%n style</numerusform>
            <numerusform>%n styles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template for %n file(s) — {name} {ext} {index} {date}:</source>
        <translation>
            <numerusform>Template for %n file — {name} {ext} {index} {date}:</numerusform>
            <numerusform>Template for %n files — {name} {ext} {index} {date}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing file(s) removed from the library</source>
        <translation>
            <numerusform>%n missing file removed from the library</numerusform>
            <numerusform>%n missing files removed from the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exported to %1; %2 bucket object(s) left out</source>
        <translation>
            <numerusform>%n file exported to %1; %2 bucket object(s) left out</numerusform>
            <numerusform>%n files exported to %1; %2 bucket object(s) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exported to %1</source>
        <translation>
            <numerusform>%n file exported to %1</numerusform>
            <numerusform>%n files exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the album (type a new name to make one):</source>
        <translation>
            <numerusform>Add %n item to the album (type a new name to make one):</numerusform>
            <numerusform>Add %n items to the album (type a new name to make one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n item(s) no longer match “%2” and leave it when it is shown again</source>
        <translation>
            <numerusform>%1; %n item no longer matches “%2” and leaves it when it is shown again</numerusform>
            <numerusform>%1; %n items no longer match “%2” and leave it when it is shown again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown (filter on)</source>
        <translation>
            <numerusform>%1 of %n item shown (filter on)</numerusform>
            <numerusform>%1 of %n items shown (filter on)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the trash</source>
        <translation>
            <numerusform>Moved %n item to the trash</numerusform>
            <numerusform>Moved %n items to the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::MetadataPanel</name>
    <message numerus="yes">
        <source>Saving to %n file(s)…</source>
        <translation>
            <numerusform>Saving to %n file…</numerusform>
            <numerusform>Saving to %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved to %n file(s).</source>
        <translation>
            <numerusform>Saved to %n file.</numerusform>
            <numerusform>Saved to %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved to %n file(s): %1</source>
        <translation>
            <numerusform>Not saved to %n file: %1</numerusform>
            <numerusform>Not saved to %n files: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::PreferencesDialog</name>
    <message numerus="yes">
        <source>Automatic (%n at once)</source>
        <translation>
            <numerusform>Automatic (%n at once)</numerusform>
            <numerusform>Automatic (%n at once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freed %1 (%n file(s)); %2 left</source>
        <translation>
            <numerusform>Freed %1 (%n file); %2 left</numerusform>
            <numerusform>Freed %1 (%n files); %2 left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::PreviewPane</name>
    <message numerus="yes">
        <source>%n files selected</source>
        <translation>
            <numerusform>%n file selected</numerusform>
            <numerusform>%n files selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::RobustnessChart</name>
    <message numerus="yes">
        <source>%n picture(s), marked at %1 dB PSNR on average</source>
        <translation>
            <numerusform>%n picture, marked at %1 dB PSNR on average</numerusform>
            <numerusform>%n pictures, marked at %1 dB PSNR on average</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::RobustnessPage</name>
    <message numerus="yes">
        <source>Lowest over the %n picture(s) reported: %1</source>
        <translation>
            <numerusform>Lowest over the %n picture reported: %1</numerusform>
            <numerusform>Lowest over the %n pictures reported: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n picture(s) marked and attacked.</source>
        <translation>
            <numerusform>Done: %n picture marked and attacked.</numerusform>
            <numerusform>Done: %n pictures marked and attacked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::StyleLibraryPanel</name>
    <message numerus="yes">
        <source>%n style(s); a bucket keeps at most 100.</source>
        <translation>
            <numerusform>%n style; a bucket keeps at most 100.</numerusform>
            <numerusform>%n styles; a bucket keeps at most 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>%n style</numerusform>
            <numerusform>%n styles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n style(s) from %2.</source>
        <translation>
            <numerusform>Imported %1 of %n style from %2.</numerusform>
            <numerusform>Imported %1 of %n styles from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n style(s) to %1.</source>
        <translation>
            <numerusform>Exported %n style to %1.</numerusform>
            <numerusform>Exported %n styles to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::StylePreview</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::ThumbnailDelegate</name>
    <message numerus="yes">
        <source>%n p.</source>
        <comment>page count on a thumbnail</comment>
        <translation>
            <numerusform>%n p.</numerusform>
            <numerusform>%n p.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::TranscodeDialog</name>
    <message numerus="yes">
        <source>%n clip(s) will be transcoded. Existing files are kept: new ones get a number.</source>
        <translation>
            <numerusform>%n clip will be transcoded. Existing files are kept: new ones get a number.</numerusform>
            <numerusform>%n clips will be transcoded. Existing files are kept: new ones get a number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::VideoPostersDialog</name>
    <message numerus="yes">
        <source>The %n selected clip(s)</source>
        <translation>
            <numerusform>The %n selected clip</numerusform>
            <numerusform>The %n selected clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::ViewerWindow</name>
    <message numerus="yes">
        <source>Every %n Second(s)</source>
        <translation>
            <numerusform>Every %n Second</numerusform>
            <numerusform>Every %n Seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
