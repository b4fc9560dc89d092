<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ad::ui::InspectorPanel</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Frames / pages</source>
        <translation>帧数 / 页数</translation>
    </message>
    <message>
        <source>EXIF orientation</source>
        <translation>EXIF 方向</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ad::ui::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No background jobs.</source>
        <translation>没有后台任务。</translation>
    </message>
</context>
<context>
    <name>ad::ui::MainWindow</name>
    <message>
        <source>AssetDesk</source>
        <translation>AssetDesk</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>%1 — AssetDesk</source>
        <translation>%1 — AssetDesk</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上一级(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Folder</source>
        <translation>收藏此文件夹(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About AssetDesk</source>
        <translation>关于 AssetDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About AssetDesk</source>
        <translation>关于 AssetDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;AssetDesk %1&lt;/b&gt;&lt;p&gt;Media asset management with Tencent Cloud Infinite style processing, run locally.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AssetDesk %1&lt;/b&gt;&lt;p&gt;桌面媒体资产管理，在本地运行腾讯云数据万象样式处理。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1，已选 %2 项</translation>
    </message>
</context>
<context>
    <name>ad::ui::Preferences</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>ad::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when AssetDesk is started again.</source>
        <translation>新的语言将在 AssetDesk 重新启动后生效。</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>语言已更改</translation>
    </message>
    <message>
        <source>Restart AssetDesk to see it in the new language.</source>
        <translation>重新启动 AssetDesk 以使用新的语言。</translation>
    </message>
</context>
<context>
    <name>ad::ui::PreviewPane</name>
    <message>
        <source>Select a file to preview it.</source>
        <translation>选择一个文件进行预览。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ad::ui::SourcesPanel</name>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>移除收藏</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主目录</translation>
    </message>
    <message>
        <source>Sample library</source>
        <translation>示例素材库</translation>
    </message>
    <message>
        <source>Recent: %1</source>
        <translation>最近：%1</translation>
    </message>
</context>
</TS>
