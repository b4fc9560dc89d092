<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloudCheck</name>
    <message>
        <source>%1 is produced only by the cloud: the preview here cannot show it.</source>
        <translation>%1 只能由云端生成：此处无法预览。</translation>
    </message>
    <message>
        <source>The cloud fetches watermark images from an object URL of the same bucket; &apos;%1&apos; is a local file.</source>
        <translation>云端从同一存储桶的对象 URL 获取水印图片；“%1”是本地文件。</translation>
    </message>
    <message>
        <source>The source is %1 MB; the cloud processes at most 32 MB (-167).</source>
        <translation>源文件为 %1 MB；云端最多处理 32 MB（-167）。</translation>
    </message>
    <message>
        <source>The source is %1 x %2; the cloud accepts at most 30000 px a side (-447).</source>
        <translation>源图为 %1 x %2；云端每边最多接受 30000 像素（-447）。</translation>
    </message>
    <message>
        <source>The source has %1 million pixels (all frames); the cloud accepts at most 250 million (-447).</source>
        <translation>源图共有 %1 百万像素（所有帧）；云端最多接受 2.5 亿像素（-447）。</translation>
    </message>
    <message>
        <source>The result is %1 x %2; the cloud writes at most 9999 px a side (-442).</source>
        <translation>结果为 %1 x %2；云端每边最多输出 9999 像素（-442）。</translation>
    </message>
    <message>
        <source>The cloud answers type 3 extraction with a status only; the recovered text is shown here alone.</source>
        <translation>云端对类型 3 的提取只返回状态；恢复的文字仅在此处显示。</translation>
    </message>
    <message>
        <source>style/%1 must also be saved in the bucket&apos;s style list.</source>
        <translation>style/%1 也必须保存在存储桶的样式列表中。</translation>
    </message>
</context>
<context>
    <name>FidelityChart</name>
    <message>
        <source>PSNR of local against cloud (dB), %1 pairs</source>
        <translation>本地相对云端的 PSNR（dB），共 %1 对</translation>
    </message>
    <message>
        <source>%1/%2 pass</source>
        <translation>%1/%2 合格</translation>
    </message>
    <message>
        <source>pass: %1 dB</source>
        <translation>合格线：%1 dB</translation>
    </message>
    <message>
        <source>%1: %2 (mean %3 dB)</source>
        <translation>%1：%2（平均 %3 dB）</translation>
    </message>
    <message>
        <source>bar: mean PSNR; black line: lowest to highest; dot: one picture; green: all pass, red: some fail</source>
        <translation>柱：平均 PSNR；黑线：最低到最高；圆点：一张图片；绿色：全部合格，红色：部分不合格</translation>
    </message>
</context>
<context>
    <name>LibraryWords</name>
    <message numerus="yes">
        <source>Rated %n item(s) %1</source>
        <translation>
            <numerusform>已为 %n 项评分 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the rating of %n item(s)</source>
        <translation>
            <numerusform>已清除 %n 项的评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n item(s) %1</source>
        <translation>
            <numerusform>已为 %n 项设置颜色标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the label of %n item(s)</source>
        <translation>
            <numerusform>已清除 %n 项的颜色标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) as favourite</source>
        <translation>
            <numerusform>已将 %n 项标为收藏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the favourites</source>
        <translation>
            <numerusform>已将 %n 项移出收藏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tags of %n item(s)</source>
        <translation>
            <numerusform>已移除 %n 项的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n item(s): %1</source>
        <translation>
            <numerusform>已为 %n 项添加标签：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the note of %n item(s)</source>
        <translation>
            <numerusform>已保存 %n 项的备注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>AssetDesk</source>
        <translation>AssetDesk</translation>
    </message>
    <message>
        <source>The job journal could not be opened (%1); jobs will not survive a restart.</source>
        <translation>无法打开任务日志（%1）；重启后任务将无法继续。</translation>
    </message>
    <message>
        <source>The catalogue could not be opened (%1); ratings and tags will not be kept.</source>
        <translation>无法打开素材目录（%1）；评分和标签将不会保存。</translation>
    </message>
    <message>
        <source>JPEG quality 90</source>
        <translation>JPEG 质量 90</translation>
    </message>
    <message>
        <source>JPEG quality 75</source>
        <translation>JPEG 质量 75</translation>
    </message>
    <message>
        <source>JPEG quality 50</source>
        <translation>JPEG 质量 50</translation>
    </message>
    <message>
        <source>JPEG quality 30</source>
        <translation>JPEG 质量 30</translation>
    </message>
    <message>
        <source>WebP quality 75</source>
        <translation>WebP 质量 75</translation>
    </message>
    <message>
        <source>Resize to 50%</source>
        <translation>缩放到 50%</translation>
    </message>
    <message>
        <source>Resize to 200%</source>
        <translation>缩放到 200%</translation>
    </message>
    <message>
        <source>Crop 10% off left and top</source>
        <translation>裁掉左侧和顶部 10%</translation>
    </message>
    <message>
        <source>Rotate 2°</source>
        <translation>旋转 2°</translation>
    </message>
    <message>
        <source>Rotate 3°</source>
        <translation>旋转 3°</translation>
    </message>
    <message>
        <source>Rotate −5°</source>
        <translation>旋转 −5°</translation>
    </message>
    <message>
        <source>Brightness +10%</source>
        <translation>亮度 +10%</translation>
    </message>
    <message>
        <source>Brightness −10%</source>
        <translation>亮度 −10%</translation>
    </message>
    <message>
        <source>Gaussian noise σ 5</source>
        <translation>高斯噪声 σ 5</translation>
    </message>
    <message>
        <source>Screenshot: 80% with a border</source>
        <translation>截图：缩到 80% 并加边框</translation>
    </message>
    <message>
        <source>JPEG quality %1</source>
        <translation>JPEG 质量 %1</translation>
    </message>
    <message>
        <source>WebP quality %1</source>
        <translation>WebP 质量 %1</translation>
    </message>
    <message>
        <source>Scale to %1%</source>
        <translation>缩放到 %1%</translation>
    </message>
    <message>
        <source>Stretch to %1% x %2%</source>
        <translation>拉伸到 %1% x %2%</translation>
    </message>
    <message>
        <source>Crop keeping %1% of each side (%2)</source>
        <translation>裁剪，每边保留 %1%（%2）</translation>
    </message>
    <message>
        <source>Rotate %1° (corners filled)</source>
        <translation>旋转 %1°（填充四角）</translation>
    </message>
    <message>
        <source>Gaussian blur σ %1</source>
        <translation>高斯模糊 σ %1</translation>
    </message>
    <message>
        <source>Gaussian noise σ %1</source>
        <translation>高斯噪声 σ %1</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Levels %1-%2</source>
        <translation>色阶 %1-%2</translation>
    </message>
    <message>
        <source>Contrast %1%</source>
        <translation>对比度 %1%</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Up</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>→</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（命名管道）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>not a regular file: %1 is %2</source>
        <translation>不是普通文件：%1 是%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than the limit of %2</source>
        <translation>“%1”超过了 %2 的大小上限</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
</context>
<context>
    <name>StyleSchema</name>
    <message>
        <source>Resize</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素数</translation>
    </message>
    <message>
        <source>Pad to size</source>
        <translation>填充到尺寸</translation>
    </message>
    <message>
        <source>Pad colour</source>
        <translation>填充颜色</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Horizontal margin</source>
        <translation>水平边距</translation>
    </message>
    <message>
        <source>Vertical margin</source>
        <translation>垂直边距</translation>
    </message>
    <message>
        <source>Opacity %</source>
        <translation>不透明度 %</translation>
    </message>
    <message>
        <source>Tile over the picture</source>
        <translation>平铺整张图片</translation>
    </message>
    <message>
        <source>Tile angle</source>
        <translation>平铺角度</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>水印</translation>
    </message>
    <message>
        <source>Blind watermark</source>
        <translation>盲水印</translation>
    </message>
    <message>
        <source>Information and styles</source>
        <translation>信息与样式</translation>
    </message>
    <message>
        <source>Scale (imageView2)</source>
        <translation>缩放（imageView2）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Relative quality</source>
        <translation>相对质量</translation>
    </message>
    <message>
        <source>Minimum quality</source>
        <translation>最低质量</translation>
    </message>
    <message>
        <source>Cut region</source>
        <translation>区域裁剪</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>Horizontal offset</source>
        <translation>水平偏移</translation>
    </message>
    <message>
        <source>Vertical offset</source>
        <translation>垂直偏移</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>内切圆</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>Rounded corners</source>
        <translation>圆角</translation>
    </message>
    <message>
        <source>Smart crop</source>
        <translation>智能裁剪</translation>
    </message>
    <message>
        <source>Degrees</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>Auto-orient</source>
        <translation>自动旋正</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>翻转</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Even if higher than the original</source>
        <translation>即使高于原图质量</translation>
    </message>
    <message>
        <source>GIF frames</source>
        <translation>GIF 帧数</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>渐进显示</translation>
    </message>
    <message>
        <source>Strip metadata</source>
        <translation>去除元信息</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>大小上限</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Keep the original if smaller</source>
        <translation>原图更小时保留原图</translation>
    </message>
    <message>
        <source>Pass through on limit errors</source>
        <translation>超限时原样通过</translation>
    </message>
    <message>
        <source>Image watermark</source>
        <translation>图片水印</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Scale relative to</source>
        <translation>缩放参照</translation>
    </message>
    <message>
        <source>Scale (per mille)</source>
        <translation>缩放（千分比）</translation>
    </message>
    <message>
        <source>Fit into the picture</source>
        <translation>适配图片</translation>
    </message>
    <message>
        <source>Text watermark</source>
        <translation>文字水印</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Size (px)</source>
        <translation>字号（像素）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Shadow %</source>
        <translation>阴影 %</translation>
    </message>
    <message>
        <source>Embed blind mark</source>
        <translation>嵌入盲水印</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mark image</source>
        <translation>水印图</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Extract blind mark</source>
        <translation>提取盲水印</translation>
    </message>
    <message>
        <source>Original or mark</source>
        <translation>原图或水印图</translation>
    </message>
    <message>
        <source>Image information</source>
        <translation>图片信息</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>返回内容</translation>
    </message>
    <message>
        <source>Saved style</source>
        <translation>已存样式</translation>
    </message>
    <message>
        <source>Style name</source>
        <translation>样式名称</translation>
    </message>
    <message>
        <source>Fit inside W × H</source>
        <translation>适配 W × H 之内</translation>
    </message>
    <message>
        <source>Width W, height in proportion</source>
        <translation>宽度 W，高度等比</translation>
    </message>
    <message>
        <source>Height H, width in proportion</source>
        <translation>高度 H，宽度等比</translation>
    </message>
    <message>
        <source>Shrink only, to fit W × H</source>
        <translation>仅缩小，适配 W × H</translation>
    </message>
    <message>
        <source>Enlarge only, to fit W × H</source>
        <translation>仅放大，适配 W × H</translation>
    </message>
    <message>
        <source>Cover W × H</source>
        <translation>覆盖 W × H</translation>
    </message>
    <message>
        <source>Exactly W × H (distorts)</source>
        <translation>强制 W × H（会变形）</translation>
    </message>
    <message>
        <source>Percent of both sides</source>
        <translation>两边按百分比</translation>
    </message>
    <message>
        <source>Percent of the width</source>
        <translation>宽度按百分比</translation>
    </message>
    <message>
        <source>Percent of the height</source>
        <translation>高度按百分比</translation>
    </message>
    <message>
        <source>At most N pixels in all</source>
        <translation>总像素不超过 N</translation>
    </message>
    <message>
        <source>1: image, read back with the original</source>
        <translation>1：图片，需原图提取</translation>
    </message>
    <message>
        <source>2: image, read back blind</source>
        <translation>2：图片，盲提取</translation>
    </message>
    <message>
        <source>3: text</source>
        <translation>3：文字</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Left (px)</source>
        <translation>左（像素）</translation>
    </message>
    <message>
        <source>Top (px)</source>
        <translation>上（像素）</translation>
    </message>
</context>
<context>
    <name>ad::Error</name>
    <message>
        <source>InvalidArgument</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>UnknownOperation</source>
        <translation>未知操作</translation>
    </message>
    <message>
        <source>TooManyStages</source>
        <translation>处理阶段过多</translation>
    </message>
    <message>
        <source>InvalidStyleName</source>
        <translation>样式名无效</translation>
    </message>
    <message>
        <source>StyleNotFound</source>
        <translation>样式不存在</translation>
    </message>
    <message>
        <source>FileTooLarge</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>ImageTooLarge</source>
        <translation>图片过大</translation>
    </message>
    <message>
        <source>OutputTooLarge</source>
        <translation>输出过大</translation>
    </message>
    <message>
        <source>UnsupportedFormat</source>
        <translation>格式不支持此操作</translation>
    </message>
    <message>
        <source>UnsupportedLocally</source>
        <translation>本地不支持（仅云端）</translation>
    </message>
    <message>
        <source>InvalidImage</source>
        <translation>图片无法解码</translation>
    </message>
    <message>
        <source>NotFound</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>IoError</source>
        <translation>读写错误</translation>
    </message>
    <message>
        <source>TimedOut</source>
        <translation>处理超时</translation>
    </message>
    <message>
        <source>DocNotFound</source>
        <translation>文档不存在</translation>
    </message>
    <message>
        <source>DocEncrypted</source>
        <translation>文档受密码保护</translation>
    </message>
    <message>
        <source>DocEmpty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>DocUnsupported</source>
        <translation>文档格式不支持</translation>
    </message>
    <message>
        <source>DocPageOutOfRange</source>
        <translation>页码超出范围</translation>
    </message>
    <message>
        <source>DocTooLarge</source>
        <translation>文档过大</translation>
    </message>
    <message>
        <source>DocConversionFailed</source>
        <translation>文档转换失败</translation>
    </message>
    <message>
        <source>%1: %2 (X-ErrNo %3)</source>
        <translation>%1：%2（X-ErrNo %3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a style name: 1-64 of letters, digits, _ - .</source>
        <translation>“%1”不是有效的样式名：须为 1 到 64 个字母、数字、_、- 或 .</translation>
    </message>
    <message>
        <source>a style named &apos;%1&apos; exists already</source>
        <translation>名为“%1”的样式已存在</translation>
    </message>
    <message>
        <source>no style named &apos;%1&apos;</source>
        <translation>没有名为“%1”的样式</translation>
    </message>
    <message>
        <source>%1: begin</source>
        <translation>%1: 开始事务</translation>
    </message>
    <message>
        <source>%1: commit</source>
        <translation>%1: 提交事务</translation>
    </message>
    <message>
        <source>%1: open %2</source>
        <translation>%1: 打开 %2</translation>
    </message>
    <message>
        <source>%1 must be within %2-%3, got %4</source>
        <translation>%1 须在 %2-%3 之间，实际为 %4</translation>
    </message>
    <message>
        <source>page %1 does not exist; the document has %2</source>
        <translation>第 %1 页不存在；文档共 %2 页</translation>
    </message>
    <message>
        <source>the document is password-protected</source>
        <translation>文档受密码保护</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>不是可读取的 PDF</translation>
    </message>
    <message>
        <source>sheet must be 0 or more</source>
        <translation>工作表序号须为 0 或更大</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>the document is over 200 MB</source>
        <translation>文档超过 200 MB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported document type</source>
        <translation>“%1”不是支持的文档类型</translation>
    </message>
    <message>
        <source>not a valid %1 document: %2</source>
        <translation>不是有效的 %1 文档：%2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>the document has no pages</source>
        <translation>文档没有页面</translation>
    </message>
    <message>
        <source>%1 pages; the limit is %2</source>
        <translation>共 %1 页；上限为 %2 页</translation>
    </message>
    <message>
        <source>sheet %1 does not exist; there are %2</source>
        <translation>工作表 %1 不存在；共有 %2 个工作表</translation>
    </message>
    <message>
        <source>PicPagination merges at most %1 pages; %2 were selected</source>
        <translation>PicPagination 最多合并 %1 页；已选择 %2 页</translation>
    </message>
    <message>
        <source>page %1 would be %2x%3 px; sides must stay below %4 px</source>
        <translation>第 %1 页将为 %2x%3 px；边长须小于 %4 px</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>page %1 could not be rendered</source>
        <translation>无法渲染第 %1 页</translation>
    </message>
    <message>
        <source>cannot create a pipe</source>
        <translation>无法创建管道</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 未能启动</translation>
    </message>
    <message>
        <source>conversion cancelled</source>
        <translation>转换已取消</translation>
    </message>
    <message>
        <source>LibreOffice did not finish within %1 s; stopped</source>
        <translation>LibreOffice 未在 %1 秒内完成，已停止</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>无法准备 %1 以供转换</translation>
    </message>
    <message>
        <source>LibreOffice could not read %1: the document is damaged or not a %2 document</source>
        <translation>LibreOffice 无法读取 %1：文档已损坏或不是 %2 文档</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1</source>
        <translation>LibreOffice 无法转换 %1</translation>
    </message>
    <message>
        <source>cannot store the converted PDF</source>
        <translation>无法保存转换后的 PDF</translation>
    </message>
    <message>
        <source>JPEG encoding failed: %1</source>
        <translation>JPEG 编码失败：%1</translation>
    </message>
    <message>
        <source>the document is a ZIP64 archive, which no office file needs</source>
        <translation>文档是 ZIP64 压缩包，而办公文档都不需要 ZIP64</translation>
    </message>
    <message>
        <source>an entry declares ZIP64 sizes, which no office file needs</source>
        <translation>有条目声明了 ZIP64 大小，而办公文档都不需要 ZIP64</translation>
    </message>
    <message>
        <source>the entries inflate to over %1 MB</source>
        <translation>条目解压后超过 %1 MB</translation>
    </message>
    <message>
        <source>an entry inflates %1 times (%2 MB from %3 KB)</source>
        <translation>有条目解压后膨胀 %1 倍（由 %3 KB 变为 %2 MB）</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>it is no zip container</source>
        <translation>不是 zip 容器</translation>
    </message>
    <message>
        <source>its zip directory is missing or damaged (a truncated file?)</source>
        <translation>zip 目录缺失或损坏（文件可能被截断）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid file name</source>
        <translation>“%1”不是有效的文件名</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; to the trash: %2</source>
        <translation>无法将“%1”移到回收站：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>无法将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>the template gives &apos;%1&apos; twice or an existing name</source>
        <translation>模板两次生成“%1”，或生成了已存在的名称</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos;</source>
        <translation>无法重命名“%1”</translation>
    </message>
    <message>
        <source>cannot create &apos;%1&apos;</source>
        <translation>无法创建“%1”</translation>
    </message>
    <message>
        <source>cannot copy &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>无法将“%1”复制到“%2”</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>无法将“%1”移动到“%2”</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; back to &apos;%2&apos;</source>
        <translation>无法将“%1”移回“%2”</translation>
    </message>
    <message>
        <source>over %1 MB; no thumbnail</source>
        <translation>超过 %1 MB；不生成缩略图</translation>
    </message>
    <message>
        <source>not an image libvips can read</source>
        <translation>不是 libvips 能读取的图片</translation>
    </message>
    <message>
        <source>result would be %1x%2 in %3 frame(s), %4 pixels; the limit is %5</source>
        <translation>结果将为 %1x%2，共 %3 帧，%4 像素；上限为 %5</translation>
    </message>
    <message>
        <source>processing ran past its %1 s time budget and was stopped</source>
        <translation>处理超过了 %1 秒的时间预算，已停止</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; exists only in the cloud</source>
        <translation>格式“%1”仅云端支持</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; exists only in the cloud; choose jpg, png, webp, gif, bmp, heif or avif</source>
        <translation>格式“%1”仅云端支持；请选择 jpg、png、webp、gif、bmp、heif 或 avif</translation>
    </message>
    <message>
        <source>size-limit works only for jpg output, not %1</source>
        <translation>size-limit 仅适用于 jpg 输出，不适用于 %1</translation>
    </message>
    <message>
        <source>input is %1 bytes; the limit is 32 MB</source>
        <translation>输入为 %1 字节；上限为 32 MB</translation>
    </message>
    <message>
        <source>input is not an image in a supported format</source>
        <translation>输入不是支持格式的图片</translation>
    </message>
    <message>
        <source>input format (%1) is not one CI processes</source>
        <translation>输入格式（%1）不是数据万象可处理的格式</translation>
    </message>
    <message>
        <source>input is %1x%2; each side must be at most %3</source>
        <translation>输入为 %1x%2；每边最多 %3</translation>
    </message>
    <message>
        <source>input has %1 pixels in %2 frame(s); the limit is 250000000</source>
        <translation>输入共 %2 帧、%1 像素；上限为 250000000</translation>
    </message>
    <message>
        <source>GIF has %1 frames; the limit is 300</source>
        <translation>GIF 有 %1 帧；上限为 300 帧</translation>
    </message>
    <message>
        <source>result would be %1x%2; each side must be at most %3</source>
        <translation>结果将为 %1x%2；每边最多 %3</translation>
    </message>
    <message>
        <source>style &apos;%1&apos; was not expanded</source>
        <translation>样式“%1”未展开</translation>
    </message>
    <message>
        <source>%1 is not supported for GIF</source>
        <translation>GIF 不支持 %1</translation>
    </message>
    <message>
        <source>%1: radius %2 must be below half of %3x%4</source>
        <translation>%1: 半径 %2 须小于 %3x%4 的一半</translation>
    </message>
    <message>
        <source>imageView2 would scale beyond 30000 px</source>
        <translation>imageView2 缩放后将超过 30000 px</translation>
    </message>
    <message>
        <source>watermark image %1 is not a supported image</source>
        <translation>水印图片 %1 不是支持的图片</translation>
    </message>
    <message>
        <source>blind watermarks are not supported for GIF or animated images</source>
        <translation>GIF 和动图不支持盲水印</translation>
    </message>
    <message>
        <source>blind watermark needs at least %1 px on the shorter side; the picture is %2x%3</source>
        <translation>盲水印要求短边至少 %1 px；图片为 %2x%3</translation>
    </message>
    <message>
        <source>watermark image is %1x%2; each side must be at most 1/8 of the picture&apos;s %3x%4</source>
        <translation>水印图片为 %1x%2；每边最多为图片 %3x%4 的 1/8</translation>
    </message>
    <message>
        <source>image is larger than 250 megapixels</source>
        <translation>图片超过 2.5 亿像素</translation>
    </message>
    <message>
        <source>crop: %1x%2 is larger than the %3x%4 image</source>
        <translation>crop: %1x%2 大于 %3x%4 的图片</translation>
    </message>
    <message>
        <source>crop: region lies outside the image</source>
        <translation>crop: 区域位于图片之外</translation>
    </message>
    <message>
        <source>cut: %1x%2 is larger than the %3x%4 image</source>
        <translation>cut: %1x%2 大于 %3x%4 的图片</translation>
    </message>
    <message>
        <source>cut: offset %1,%2 lies outside the image</source>
        <translation>cut: 偏移 %1,%2 位于图片之外</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image</source>
        <translation>“%1”不是图片</translation>
    </message>
    <message>
        <source>the animation is larger than 250 megapixels in all</source>
        <translation>动图总计超过 2.5 亿像素</translation>
    </message>
    <message>
        <source>libvips failed to start</source>
        <translation>libvips 启动失败</translation>
    </message>
    <message>
        <source>cannot process image: %1</source>
        <translation>无法处理图片：%1</translation>
    </message>
    <message>
        <source>watermark/1: animated images cannot be watermarks</source>
        <translation>watermark/1: 动图不能作为水印</translation>
    </message>
    <message>
        <source>a batch needs at least one style</source>
        <translation>批量处理至少需要一个样式</translation>
    </message>
    <message>
        <source>a batch needs a destination folder</source>
        <translation>批量处理需要目标文件夹</translation>
    </message>
    <message>
        <source>style &apos;%1&apos;: %2</source>
        <translation>样式“%1”：%2</translation>
    </message>
    <message>
        <source>target exists</source>
        <translation>目标已存在</translation>
    </message>
    <message>
        <source>target appeared after planning</source>
        <translation>目标在规划后出现</translation>
    </message>
    <message>
        <source>cannot create folder &apos;%1&apos;: %2</source>
        <translation>无法创建文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>no documents chosen</source>
        <translation>未选择文档</translation>
    </message>
    <message>
        <source>no destination chosen</source>
        <translation>未选择目标位置</translation>
    </message>
    <message>
        <source>completed before the interruption</source>
        <translation>中断前已完成</translation>
    </message>
    <message>
        <source>job journal &apos;%1&apos;</source>
        <translation>任务日志“%1”</translation>
    </message>
    <message>
        <source>name template: &apos;%1&apos; must be relative to the destination</source>
        <translation>命名模板：“%1”须为相对于目标位置的路径</translation>
    </message>
    <message>
        <source>name template: unknown field {%1}; use {name} {ext} {style} {index} {date} {dir}</source>
        <translation>命名模板：未知字段 {%1}；请使用 {name} {ext} {style} {index} {date} {dir}</translation>
    </message>
    <message>
        <source>name template: &apos;%1&apos; gives &apos;%2&apos;, which is not a name inside the destination</source>
        <translation>命名模板：“%1”生成“%2”，它不是目标位置内的名称</translation>
    </message>
    <message>
        <source>no free name for &apos;%1&apos; after %2 tries</source>
        <translation>尝试 %2 次后仍没有可用于“%1”的名称</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>already cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>the thumbnail cache is not writable</source>
        <translation>缩略图缓存不可写</translation>
    </message>
    <message>
        <source>nothing to transfer</source>
        <translation>没有要传输的内容</translation>
    </message>
    <message>
        <source>cannot open the media file: %1</source>
        <translation>无法打开媒体文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s streams: %1</source>
        <translation>无法读取文件的流：%1</translation>
    </message>
    <message>
        <source>no video stream</source>
        <translation>没有视频流</translation>
    </message>
    <message>
        <source>video frame size %1x%2 is out of bounds</source>
        <translation>视频帧尺寸 %1x%2 超出范围</translation>
    </message>
    <message>
        <source>cannot decode %1: %2</source>
        <translation>无法解码 %1：%2</translation>
    </message>
    <message>
        <source>no frame within %1 ms</source>
        <translation>%1 毫秒内没有帧</translation>
    </message>
    <message>
        <source>the video has no decodable frame</source>
        <translation>视频没有可解码的帧</translation>
    </message>
    <message>
        <source>output size %1x%2 is too large</source>
        <translation>输出尺寸 %1x%2 过大</translation>
    </message>
    <message>
        <source>cannot convert the frame&apos;s pixel format</source>
        <translation>无法转换帧的像素格式</translation>
    </message>
    <message>
        <source>out of memory for a frame</source>
        <translation>内存不足，无法容纳一帧</translation>
    </message>
    <message>
        <source>bad sprite parameters</source>
        <translation>雪碧图参数无效</translation>
    </message>
    <message>
        <source>unknown colour name &quot;%1&quot;</source>
        <translation>未知颜色名“%1”</translation>
    </message>
    <message>
        <source>fps must be within (0, 60]</source>
        <translation>fps 须在 (0, 60] 之内</translation>
    </message>
    <message>
        <source>width and height must be within 128-4096</source>
        <translation>宽和高须在 128-4096 之间</translation>
    </message>
    <message>
        <source>seek and duration must be positive</source>
        <translation>起始时间和时长须为正数</translation>
    </message>
    <message>
        <source>format must be gif or webp</source>
        <translation>格式须为 gif 或 webp</translation>
    </message>
    <message>
        <source>time must be 0 or more seconds</source>
        <translation>时间须为 0 秒或更多</translation>
    </message>
    <message>
        <source>width and height must be within 0-9999, got %1x%2</source>
        <translation>宽和高须在 0-9999 之间，实际为 %1x%2</translation>
    </message>
    <message>
        <source>format must be jpg or png, got &quot;%1&quot;</source>
        <translation>格式须为 jpg 或 png，实际为“%1”</translation>
    </message>
    <message>
        <source>size must be within 1-4096</source>
        <translation>尺寸须在 1-4096 之间</translation>
    </message>
    <message>
        <source>scale must be within 1-1000</source>
        <translation>缩放比例须在 1-1000 之间</translation>
    </message>
    <message>
        <source>width and height must be positive</source>
        <translation>宽和高须为正数</translation>
    </message>
    <message>
        <source>not an image or a video</source>
        <translation>不是图片或视频</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>cannot sync &apos;%1&apos;: %2</source>
        <translation>无法同步“%1”：%2</translation>
    </message>
    <message>
        <source>the object is over %1 MB; download it to view it</source>
        <translation>对象超过 %1 MB；请下载后查看</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no file name</source>
        <translation>“%1”没有文件名</translation>
    </message>
    <message>
        <source>cannot place a copy at &apos;%1&apos;</source>
        <translation>无法在“%1”放置副本</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: 已取消</translation>
    </message>
    <message>
        <source>list buckets: the answer is not a bucket list</source>
        <translation>列出存储桶：应答不是存储桶列表</translation>
    </message>
    <message>
        <source>list %1: the answer is not an object list</source>
        <translation>列出 %1：应答不是对象列表</translation>
    </message>
    <message>
        <source>PUT %1/%2: CRC-64 mismatch</source>
        <translation>PUT %1/%2：CRC-64 不一致</translation>
    </message>
    <message>
        <source>PUT %1/%2: ETag does not match the MD5 sent</source>
        <translation>PUT %1/%2：ETag 与发送的 MD5 不一致</translation>
    </message>
    <message>
        <source>initiate %1/%2: no upload id in the answer</source>
        <translation>初始化 %1/%2：应答中没有 upload id</translation>
    </message>
    <message>
        <source>part %1 of %2: CRC-64 mismatch</source>
        <translation>%2 的第 %1 块：CRC-64 不一致</translation>
    </message>
    <message>
        <source>list parts of %1: unreadable answer</source>
        <translation>列出 %1 的分块：应答无法读取</translation>
    </message>
    <message>
        <source>delete in %1: unreadable answer</source>
        <translation>在 %1 中删除：应答无法读取</translation>
    </message>
    <message>
        <source>tags of %1/%2: unreadable answer</source>
        <translation>%1/%2 的标签：应答无法读取</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an object</source>
        <translation>“%1”不是对象</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 未被删除：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder name</source>
        <translation>“%1”不是有效的文件夹名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no bucket</source>
        <translation>“%1”未指明存储桶</translation>
    </message>
    <message>
        <source>set %1 to reach the bucket</source>
        <translation>请设置 %1 以访问存储桶</translation>
    </message>
    <message>
        <source>no connection profile named &apos;%1&apos;</source>
        <translation>没有名为“%1”的连接配置</translation>
    </message>
    <message>
        <source>the keyring is not available: %1</source>
        <translation>密钥环不可用：%1</translation>
    </message>
    <message>
        <source>a profile needs a name without &apos;/&apos; or &apos;@&apos;</source>
        <translation>连接配置需要一个不含“/”或“@”的名称</translation>
    </message>
    <message>
        <source>no secret key for profile &apos;%1&apos; in the keyring: %2</source>
        <translation>密钥环中没有连接配置“%1”的密钥：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate (e.g. 500K, 10M)</source>
        <translation>“%1”不是有效的速率（例如 500K、10M）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>“%1”不是文件夹</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>cannot delete &apos;%1&apos;</source>
        <translation>无法删除“%1”</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed while it was being read</source>
        <translation>“%1”在读取过程中发生了变化</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>“%1”不是文件</translation>
    </message>
    <message>
        <source>part %1 of %2: ETag does not match the MD5 sent</source>
        <translation>%2 的第 %1 块：ETag 与发送的 MD5 不一致</translation>
    </message>
    <message>
        <source>%1: stored size %2 differs from %3</source>
        <translation>%1: 已存储的大小 %2 与 %3 不同</translation>
    </message>
    <message>
        <source>%1: CRC-64 of the stored object differs from the file</source>
        <translation>%1: 已存储对象的 CRC-64 与文件不同</translation>
    </message>
    <message>
        <source>%1: slice at %2 came back with %3 bytes</source>
        <translation>%1: 位于 %2 的分片返回了 %3 字节</translation>
    </message>
    <message>
        <source>%1: downloaded %2 bytes, expected %3</source>
        <translation>%1: 下载了 %2 字节，应为 %3</translation>
    </message>
    <message>
        <source>%1: CRC-64 mismatch after download</source>
        <translation>%1: 下载后 CRC-64 不一致</translation>
    </message>
    <message>
        <source>cannot rename the download to &apos;%1&apos;</source>
        <translation>无法将下载的文件重命名为“%1”</translation>
    </message>
    <message>
        <source>object key &apos;%1&apos; is not a relative path</source>
        <translation>对象键“%1”不是相对路径</translation>
    </message>
    <message>
        <source>object key &apos;%1&apos; would be written outside &apos;%2&apos;</source>
        <translation>对象键“%1”将被写到“%2”之外</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder: add --recursive</source>
        <translation>“%1”是文件夹：请加上 --recursive</translation>
    </message>
    <message>
        <source>Pic-Operations holds at most %1 rules (-60997)</source>
        <translation>Pic-Operations 最多包含 %1 条规则（-60997）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>“%1”需要一个值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty value</source>
        <translation>“%1”的值为空</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an integer</source>
        <translation>%1: “%2”不是整数</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3..%4</source>
        <translation>%1: %2 超出 %3..%4 的范围</translation>
    </message>
    <message>
        <source>thumbnail: &apos;%1&apos; is not a geometry</source>
        <translation>thumbnail: “%1”不是有效的尺寸参数</translation>
    </message>
    <message>
        <source>thumbnail: &apos;%1&apos; is out of range (%2)</source>
        <translation>thumbnail: “%1”超出范围（%2）</translation>
    </message>
    <message>
        <source>crop: &apos;%1&apos; is not &lt;W&gt;x, x&lt;H&gt; or &lt;W&gt;x&lt;H&gt;</source>
        <translation>crop: “%1”不是 &lt;W&gt;x、x&lt;H&gt; 或 &lt;W&gt;x&lt;H&gt;</translation>
    </message>
    <message>
        <source>cut: &apos;%1&apos; is not &lt;W&gt;x&lt;H&gt;x&lt;dx&gt;x&lt;dy&gt;</source>
        <translation>cut: “%1”不是 &lt;W&gt;x&lt;H&gt;x&lt;dx&gt;x&lt;dy&gt;</translation>
    </message>
    <message>
        <source>cut: &apos;%1&apos; has a value out of range</source>
        <translation>cut: “%1”中有超出范围的值</translation>
    </message>
    <message>
        <source>format: &apos;%1&apos; is not a known format</source>
        <translation>format: “%1”不是已知格式</translation>
    </message>
    <message>
        <source>gravity: &apos;%1&apos; is not a nine-grid position</source>
        <translation>gravity: “%1”不是九宫格位置</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a Base64-encoded #RRGGBB colour</source>
        <translation>%1: “%2”不是 Base64 编码的 #RRGGBB 颜色</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not URL-safe Base64</source>
        <translation>%1: “%2”不是 URL 安全的 Base64</translation>
    </message>
    <message>
        <source>text: &apos;%1&apos; is not URL-safe Base64</source>
        <translation>text: “%1”不是 URL 安全的 Base64</translation>
    </message>
    <message>
        <source>text: &apos;%1&apos; is not UTF-8 text</source>
        <translation>text: “%1”不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>text: %1 characters; at most %2 are allowed</source>
        <translation>text: %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>text: U+%1 is a control character; the text must be one line of printable characters</source>
        <translation>text: U+%1 是控制字符；文字须为一行可打印字符</translation>
    </message>
    <message>
        <source>size-limit: &apos;%1&apos; is not &lt;N&gt;k or &lt;N&gt;m, optionally with !</source>
        <translation>size-limit: “%1”不是 &lt;N&gt;k 或 &lt;N&gt;m（可带 !）</translation>
    </message>
    <message>
        <source>blur: &apos;%1&apos; is not &lt;radius&gt;x&lt;sigma&gt;</source>
        <translation>blur: “%1”不是 &lt;radius&gt;x&lt;sigma&gt;</translation>
    </message>
    <message>
        <source>blur: radius %1 is outside 1..50</source>
        <translation>blur: 半径 %1 超出 1..50 的范围</translation>
    </message>
    <message>
        <source>blur: sigma %1 is outside (0, 50]</source>
        <translation>blur: sigma %1 超出 (0, 50] 的范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must follow thumbnail</source>
        <translation>“%1”须跟在 thumbnail 之后</translation>
    </message>
    <message>
        <source>pad works only with the &lt;W&gt;x&lt;H&gt; geometry</source>
        <translation>pad 仅适用于 &lt;W&gt;x&lt;H&gt; 尺寸参数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must follow crop</source>
        <translation>“%1”须跟在 crop 之后</translation>
    </message>
    <message>
        <source>scrop: &apos;%1&apos; is not &lt;W&gt;x&lt;H&gt;</source>
        <translation>scrop: “%1”不是 &lt;W&gt;x&lt;H&gt;</translation>
    </message>
    <message>
        <source>flip: &apos;%1&apos; is not vertical or horizontal</source>
        <translation>flip: “%1”不是 vertical 或 horizontal</translation>
    </message>
    <message>
        <source>ignore-error: only 1 is defined, got &apos;%1&apos;</source>
        <translation>ignore-error: 只定义了 1，实际为“%1”</translation>
    </message>
    <message>
        <source>imageMogr2: unknown operation &apos;%1&apos;</source>
        <translation>imageMogr2: 未知操作“%1”</translation>
    </message>
    <message>
        <source>imageMogr2 needs at least one operation</source>
        <translation>imageMogr2 至少需要一个操作</translation>
    </message>
    <message>
        <source>imageView2 needs a mode 1-5</source>
        <translation>imageView2 需要 1-5 的模式</translation>
    </message>
    <message>
        <source>imageView2: unknown parameter &apos;%1&apos;</source>
        <translation>imageView2: 未知参数“%1”</translation>
    </message>
    <message>
        <source>imageView2 needs w or h</source>
        <translation>imageView2 需要 w 或 h</translation>
    </message>
    <message>
        <source>image: &apos;%1&apos; must begin with http:// (https is not accepted)</source>
        <translation>image: “%1”须以 http:// 开头（不接受 https）</translation>
    </message>
    <message>
        <source>text: &apos;%1&apos; must be 1-%2 characters of 0-9, A-Z, a-z</source>
        <translation>text: “%1”须为 1-%2 个 0-9、A-Z、a-z 字符</translation>
    </message>
    <message>
        <source>watermark/%1: unknown parameter &apos;%2&apos;</source>
        <translation>watermark/%1: 未知参数“%2”</translation>
    </message>
    <message>
        <source>watermark/%1 needs type (1, 2 or 3)</source>
        <translation>watermark/%1 需要 type（1、2 或 3）</translation>
    </message>
    <message>
        <source>watermark/%1 type %2 needs image</source>
        <translation>watermark/%1 的 type %2 需要 image</translation>
    </message>
    <message>
        <source>watermark/3 type 3 needs text</source>
        <translation>watermark/3 的 type 3 需要 text</translation>
    </message>
    <message>
        <source>watermark needs a type (1 image, 2 text)</source>
        <translation>watermark 需要类型（1 图片，2 文字）</translation>
    </message>
    <message>
        <source>font: &apos;%1&apos; is not a supported font</source>
        <translation>font: “%1”不是支持的字体</translation>
    </message>
    <message>
        <source>watermark/%1 needs %2</source>
        <translation>watermark/%1 需要 %2</translation>
    </message>
    <message>
        <source>spcent needs scatype</source>
        <translation>spcent 需要 scatype</translation>
    </message>
    <message>
        <source>spcent: %1 is outside 1..250 for scatype 3</source>
        <translation>spcent: %1 超出 scatype 3 的 1..250 范围</translation>
    </message>
    <message>
        <source>text: %1 characters at %2 px make a line wider than %3 px; shorten the text or the font size</source>
        <translation>text: %1 个字符在 %2 px 字号下排成的一行宽于 %3 px；请缩短文字或减小字号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no parameters</source>
        <translation>“%1”不接受参数</translation>
    </message>
    <message>
        <source>style needs a name</source>
        <translation>style 需要样式名</translation>
    </message>
    <message>
        <source>style: &apos;%1&apos; is not a valid style name</source>
        <translation>style: “%1”不是有效的样式名</translation>
    </message>
    <message>
        <source>empty stage</source>
        <translation>空阶段</translation>
    </message>
    <message>
        <source>unknown processing &apos;%1&apos;</source>
        <translation>未知处理“%1”</translation>
    </message>
    <message>
        <source>%1 stages; at most %2 are allowed</source>
        <translation>%1 个阶段；最多允许 %2 个</translation>
    </message>
    <message>
        <source>an information query must be the last stage</source>
        <translation>信息查询须为最后一个阶段</translation>
    </message>
    <message>
        <source>watermark/4 (extraction) must be the last stage</source>
        <translation>watermark/4（提取）须为最后一个阶段</translation>
    </message>
    <message>
        <source>empty processing string</source>
        <translation>处理参数为空</translation>
    </message>
    <message>
        <source>style &apos;%1&apos; refers to itself</source>
        <translation>样式“%1”引用了自身</translation>
    </message>
    <message>
        <source>style &apos;%1&apos;: references nest deeper than %2 levels</source>
        <translation>样式“%1”：引用嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>style &apos;%1&apos; does not exist</source>
        <translation>样式“%1”不存在</translation>
    </message>
    <message>
        <source>in style &apos;%1&apos;: %2</source>
        <translation>在样式“%1”中：%2</translation>
    </message>
    <message>
        <source>over %1 stages once style &apos;%2&apos; is expanded</source>
        <translation>展开样式“%2”后超过 %1 个阶段</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a style name (1-64 of letters, digits, _ - .) with a processing string</source>
        <translation>%1: “%2”不是带处理参数的样式名（1 到 64 个字母、数字、_、- 或 .）</translation>
    </message>
    <message>
        <source>%1: style &apos;%2&apos;: %3</source>
        <translation>%1: 样式“%2”：%3</translation>
    </message>
    <message>
        <source>%1: expected name&lt;TAB&gt;processing</source>
        <translation>%1: 应为 名称&lt;TAB&gt;处理参数</translation>
    </message>
    <message>
        <source>%1: not JSON (%2)</source>
        <translation>%1: 不是 JSON（%2）</translation>
    </message>
    <message>
        <source>processed result is not smaller; original returned</source>
        <translation>处理结果没有变小；已返回原图</translation>
    </message>
    <message>
        <source>ignore-error: %1; original returned</source>
        <translation>ignore-error: %1；已返回原图</translation>
    </message>
    <message>
        <source>ignore-error: %1; stage skipped</source>
        <translation>ignore-error: %1；已跳过该阶段</translation>
    </message>
    <message>
        <source>the result is %1 but &apos;%2&apos; names a %3 file: end the name in .%4, or ask for %3 output</source>
        <translation>结果为 %1，但“%2”是 %3 文件名：请以 .%4 结尾，或改为输出 %3</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>素材目录</translation>
    </message>
    <message>
        <source>job journal</source>
        <translation>任务日志</translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos; is not http(s)://host[:port]</source>
        <translation>服务地址“%1”不是 http(s)://host[:port] 形式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a style name the cloud takes (1-64 of letters, digits, _ - .)</source>
        <translation>“%1”不是云端接受的样式名（1 到 64 个字母、数字、_、- 或 .）</translation>
    </message>
    <message>
        <source>the bucket would hold %1 styles; the cloud allows %2 (it has %3): nothing was sent</source>
        <translation>存储桶将有 %1 个样式；云端最多允许 %2 个（现有 %3 个）：未发送任何内容</translation>
    </message>
    <message>
        <source>styles of %1: the answer is not a style list</source>
        <translation>%1 的样式：应答不是样式列表</translation>
    </message>
    <message>
        <source>the %1 is JSON, not a picture: only processing that yields a picture can be compared</source>
        <translation>%1是 JSON，不是图片：只有生成图片的处理才能比较</translation>
    </message>
    <message>
        <source>the %1 is not a picture (%2 bytes)</source>
        <translation>%1不是图片（%2 字节）</translation>
    </message>
    <message>
        <source>the %1 does not decode: %2</source>
        <translation>%1无法解码：%2</translation>
    </message>
    <message>
        <source>local result</source>
        <translation>本地结果</translation>
    </message>
    <message>
        <source>cloud result</source>
        <translation>云端结果</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n file(s) found is of a kind the styles apply to (snapshot and videoinfo take videos, doc-preview documents, other processing pictures)</source>
        <translation>
            <numerusform>找到的 %n 个文件都不是样式适用的类型（snapshot 和 videoinfo 处理视频，doc-preview 处理文档，其他处理针对图片）</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write a temporary copy: %1</source>
        <translation>无法写入临时副本：%1</translation>
    </message>
    <message>
        <source>Run in the cloud needs a COS bucket: &apos;%1&apos; is not a cos:// location</source>
        <translation>在云端运行需要 COS 存储桶：“%1”不是 cos:// 位置</translation>
    </message>
    <message>
        <source>it answers information, which the cloud does not store as a result</source>
        <translation>它返回的是信息，云端不会将信息存储为结果</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>the request rate must be 1 to %1 a second (the cloud&apos;s limit)</source>
        <translation>请求速率须为每秒 1 到 %1 个（云端上限）</translation>
    </message>
    <message>
        <source>a batch needs a source</source>
        <translation>批量处理需要来源</translation>
    </message>
    <message>
        <source>Run in the cloud takes sources of one bucket: &apos;%1&apos; and &apos;%2&apos; differ</source>
        <translation>在云端运行要求来源位于同一存储桶：“%1”和“%2”不同</translation>
    </message>
    <message>
        <source>a batch needs a destination prefix</source>
        <translation>批量处理需要目标前缀</translation>
    </message>
    <message>
        <source>Run in the cloud writes its results into the source&apos;s bucket: &apos;%1&apos; is not in %2</source>
        <translation>在云端运行会将结果写入来源所在的存储桶：“%1”不在 %2 中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would replace its original: choose another destination or name template</source>
        <translation>“%1”会替换其原文件：请选择其他目标位置或命名模板</translation>
    </message>
    <message>
        <source>not sent: the bucket refused the job&apos;s credentials</source>
        <translation>未发送：存储桶拒绝了该任务的凭证</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> （尝试 %1 次后）</translation>
    </message>
    <message>
        <source>answered on attempt %1; before: %2</source>
        <translation>第 %1 次尝试时得到应答；之前：%2</translation>
    </message>
    <message>
        <source>%1: processing applies to uploads to a bucket only</source>
        <translation>%1: 处理仅适用于上传到存储桶</translation>
    </message>
    <message>
        <source>%1 styles on upload; one request takes at most %2 rules</source>
        <translation>上传时应用 %1 个样式；一个请求最多包含 %2 条规则</translation>
    </message>
    <message>
        <source>name template &apos;%1&apos; gives &apos;%2&apos; for %3, the original&apos;s own name; originals are never replaced</source>
        <translation>命名模板“%1”为 %3 生成“%2”，即原文件自身的名称；原文件永远不会被替换</translation>
    </message>
    <message>
        <source>name template &apos;%1&apos; gives &apos;%2&apos; for two styles; add {style} to it</source>
        <translation>命名模板“%1”为两个样式生成同一个“%2”；请在模板中加入 {style}</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原图</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got &apos;%2&apos;</source>
        <translation>%1 须为整数，实际为“%2”</translation>
    </message>
    <message>
        <source>%1 must be %2, got &apos;%3&apos;</source>
        <translation>%1 须为 %2，实际为“%3”</translation>
    </message>
    <message>
        <source>time (seconds) is required, got &apos;%1&apos;</source>
        <translation>须提供 time（秒），实际为“%1”</translation>
    </message>
    <message>
        <source>ci-process must be snapshot, videoinfo or doc-preview, got &apos;%1&apos;</source>
        <translation>ci-process 须为 snapshot、videoinfo 或 doc-preview，实际为“%1”</translation>
    </message>
    <message>
        <source>page counts from 1, got %1</source>
        <translation>页码从 1 开始，实际为 %1</translation>
    </message>
    <message>
        <source>sheet counts from 1, got %1</source>
        <translation>工作表序号从 1 开始，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>未知参数“%1”；%2 接受 %3</translation>
    </message>
    <message>
        <source>the document gave no output</source>
        <translation>文档没有输出</translation>
    </message>
    <message>
        <source>%1 is not in a COS bucket; only Cloud Infinite processes pictures on download</source>
        <translation>%1 不在 COS 存储桶中；只有数据万象能在下载时处理图片</translation>
    </message>
    <message>
        <source>the local and cloud results differ in size</source>
        <translation>本地结果与云端结果的尺寸不同</translation>
    </message>
    <message>
        <source>%1: the answer is not an UploadResult</source>
        <translation>%1: 应答不是 UploadResult</translation>
    </message>
    <message>
        <source>styles reference each other in a circle: %1</source>
        <translation>样式之间存在循环引用：%1</translation>
    </message>
    <message>
        <source>%1, which is neither in the bucket nor pushed with it: nothing was sent</source>
        <translation>%1，但被引用的样式既不在存储桶中，也不在本次推送之列：未发送任何内容</translation>
    </message>
    <message>
        <source>the bucket would hold %1 styles; the cloud allows %2: choose fewer to push or some to delete</source>
        <translation>存储桶将有 %1 个样式；云端最多允许 %2 个：请减少要推送的样式，或选择一些删除</translation>
    </message>
    <message>
        <source>%1, which the bucket would not have: push it too</source>
        <translation>%1，但存储桶中将没有被引用的样式：请一并推送</translation>
    </message>
    <message>
        <source>%1 is used as style/%1 by %2</source>
        <translation>%1 被 %2 以 style/%1 引用</translation>
    </message>
    <message>
        <source>%1: delete those too, or keep it</source>
        <translation>%1：请将引用它的样式一并删除，或保留它</translation>
    </message>
    <message>
        <source>%1: processing on upload needs a COS bucket (cos://); S3 storage has no Pic-Operations</source>
        <translation>%1: 上传时处理需要 COS 存储桶（cos://）；S3 存储没有 Pic-Operations</translation>
    </message>
    <message>
        <source>fileid &apos;%1&apos; names no file</source>
        <translation>fileid“%1”未指向任何文件</translation>
    </message>
    <message>
        <source>fileid &apos;%1&apos; would replace the original</source>
        <translation>fileid“%1”会替换原图</translation>
    </message>
    <message>
        <source>%1: rule %2: %3</source>
        <translation>%1: 规则 %2：%3</translation>
    </message>
    <message>
        <source>%1: rule %2 &apos;%3&apos;: %4</source>
        <translation>%1: 规则 %2“%3”：%4</translation>
    </message>
    <message>
        <source>no objects under %1</source>
        <translation>%1 下没有对象</translation>
    </message>
    <message>
        <source>no files in %1</source>
        <translation>%1 中没有文件</translation>
    </message>
    <message numerus="yes">
        <source>all %n file(s) under %1 lie in the destination %2, which a batch leaves out (its results would replace or be fed its originals): choose a destination outside the source</source>
        <translation>
            <numerusform>%1 下的全部 %n 个文件都位于目标位置 %2 中，批量处理会跳过这些文件（其结果会替换原文件或被再次当作原文件处理）：请选择来源之外的目标位置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %n file(s) under %1 outside the destination matches the patterns (include %2%3)</source>
        <translation>
            <numerusform>%1 下目标位置以外的 %n 个文件均不匹配筛选模式（包含 %2%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>process its objects</source>
        <translation>处理其中的对象</translation>
    </message>
    <message>
        <source>access denied: check the secret id and key, and that they may %1 (%2)</source>
        <translation>访问被拒绝：请检查 SecretId 和 SecretKey，并确认它们有权%1（%2）</translation>
    </message>
    <message>
        <source>use the bucket&apos;s styles</source>
        <translation>使用该存储桶的样式</translation>
    </message>
    <message>
        <source>style &apos;%1&apos; cannot be used: %2</source>
        <translation>无法使用样式“%1”：%2</translation>
    </message>
    <message>
        <source>the blind watermark in the cloud needs a COS connection</source>
        <translation>云端盲水印需要 COS 连接</translation>
    </message>
    <message>
        <source>no bucket is chosen</source>
        <translation>未选择存储桶</translation>
    </message>
    <message>
        <source>blind watermark type %1: it is 1, 2 or 3</source>
        <translation>盲水印类型 %1 无效：须为 1、2 或 3</translation>
    </message>
    <message>
        <source>the text of a blind watermark is 1 to %1 letters A-Z, a-z and digits 0-9</source>
        <translation>盲水印文字须为 1 到 %1 个字母 A-Z、a-z 或数字 0-9</translation>
    </message>
    <message>
        <source>type %1 needs a mark image</source>
        <translation>类型 %1 需要水印图</translation>
    </message>
    <message>
        <source>type 1 extraction needs the unmarked original</source>
        <translation>类型 1 提取需要未加水印的原图</translation>
    </message>
    <message>
        <source>%1 is not in bucket %2; the cloud reads the picture and its mark from one bucket</source>
        <translation>%1 不在存储桶 %2 中；云端从同一个存储桶读取图片及其水印图</translation>
    </message>
    <message>
        <source>%1 names a folder, not a picture</source>
        <translation>%1 是文件夹，不是图片</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is over the 32 MB the cloud processes</source>
        <translation>%1 超过了云端可处理的 32 MB</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>name the marked copy&apos;s key in the bucket</source>
        <translation>请填写加水印副本在存储桶中的对象键</translation>
    </message>
    <message>
        <source>the marked copy would replace the original %1; choose another key</source>
        <translation>加水印副本会替换原图 %1；请选择其他对象键</translation>
    </message>
    <message>
        <source>%1 already exists in bucket %2; choose another key</source>
        <translation>%1 已存在于存储桶 %2 中；请选择其他对象键</translation>
    </message>
    <message>
        <source>Marking in the cloud…</source>
        <translation>正在云端添加水印…</translation>
    </message>
    <message>
        <source>POST %1?image_process: %2 results for one rule</source>
        <translation>POST %1?image_process：一条规则返回了 %2 个结果</translation>
    </message>
    <message>
        <source>Downloading the marked copy…</source>
        <translation>正在下载加水印的副本…</translation>
    </message>
    <message>
        <source>Reading the mark in the cloud…</source>
        <translation>正在云端读取水印…</translation>
    </message>
    <message>
        <source>Downloading what the cloud extracted…</source>
        <translation>正在下载云端提取的内容…</translation>
    </message>
    <message>
        <source>not a picture: uploaded unprocessed</source>
        <translation>不是图片：已按原样上传，未处理</translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation>合集需要名称</translation>
    </message>
    <message>
        <source>files can only be added to an album, not to a smart collection</source>
        <translation>文件只能添加到相册，不能添加到智能合集</translation>
    </message>
    <message>
        <source>cannot make folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <source>cannot make a link to &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>无法在“%2”中创建指向“%1”的链接</translation>
    </message>
    <message>
        <source>blind watermark text has %1 characters; a %2x%3 picture holds at most %4 (%5 px or more on the shorter side: %6)</source>
        <translation>盲水印文字有 %1 个字符；%2x%3 的图片最多可容纳 %4 个（短边不小于 %5 px 时：%6 个）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>this FFmpeg build has none of the encoders %1</source>
        <translation>此 FFmpeg 版本不含以下任何编码器：%1</translation>
    </message>
    <message>
        <source>no decoder for the source&apos;s codec</source>
        <translation>没有适用于源文件编解码器的解码器</translation>
    </message>
    <message>
        <source>the source has no stream to transcode</source>
        <translation>源文件没有可转码的流</translation>
    </message>
    <message>
        <source>the source has no video stream (choose an audio preset)</source>
        <translation>源文件没有视频流（请选择音频预设）</translation>
    </message>
    <message>
        <source>the source has no audio stream</source>
        <translation>源文件没有音频流</translation>
    </message>
    <message>
        <source>cannot scale the picture</source>
        <translation>无法缩放画面</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already; choose another name or allow replacing it</source>
        <translation>“%1”已存在；请选择其他名称或允许替换</translation>
    </message>
    <message>
        <source>the output would replace the source &apos;%1&apos;</source>
        <translation>输出会替换源文件“%1”</translation>
    </message>
    <message>
        <source>transcoding cancelled</source>
        <translation>转码已取消</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the name was taken while transcoding</source>
        <translation>无法写入“%1”：转码期间该名称已被占用</translation>
    </message>
    <message>
        <source>not a picture</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>not a video</source>
        <translation>不是视频</translation>
    </message>
    <message>
        <source>not a document</source>
        <translation>不是文档</translation>
    </message>
    <message>
        <source>no thumbnail</source>
        <translation>没有缩略图</translation>
    </message>
    <message>
        <source>no picture to show</source>
        <translation>没有可显示的图片</translation>
    </message>
    <message>
        <source>the source has no video stream</source>
        <translation>源文件没有视频流</translation>
    </message>
    <message>
        <source>the %1 format cannot hold the clip&apos;s %2 stream as it is; keep the source&apos;s file type or cut exactly</source>
        <translation>%1 格式无法原样容纳该片段的 %2 流；请保留源文件的文件类型，或使用精确截取</translation>
    </message>
    <message>
        <source>the clip has no key frame after %1 s</source>
        <translation>该片段在 %1 秒之后没有关键帧</translation>
    </message>
    <message>
        <source>%1 takes a video; %2 is a picture</source>
        <translation>%1 需要视频；%2 是图片</translation>
    </message>
    <message>
        <source>%1 takes a video; %2 is a document</source>
        <translation>%1 需要视频；%2 是文档</translation>
    </message>
    <message>
        <source>%1 takes a video; %2 is not one</source>
        <translation>%1 需要视频；%2 不是视频</translation>
    </message>
    <message>
        <source>time %1 s is past the end of the video (%2 s long)</source>
        <translation>时间 %1 秒超出了视频末尾（视频长 %2 秒）</translation>
    </message>
    <message>
        <source>a trimmed clip is written as .mp4, .mov, .mkv, .webm or .ts, not &apos;.%1&apos;</source>
        <translation>截取后的片段只能保存为 .mp4、.mov、.mkv、.webm 或 .ts，不能保存为 &apos;.%1&apos;</translation>
    </message>
    <message>
        <source>the out point (%2 s) must come after the in point (%1 s)</source>
        <translation>出点（%2 秒）必须在入点（%1 秒）之后</translation>
    </message>
    <message>
        <source>cannot trim &apos;%1&apos;: %2</source>
        <translation>无法截取 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>no video</source>
        <translation>没有视频</translation>
    </message>
    <message>
        <source>the in point (%1 s) is past the clip&apos;s end (%2 s)</source>
        <translation>入点（%1 秒）超出了片段末尾（%2 秒）</translation>
    </message>
    <message>
        <source>the clip has no frame after %1 s</source>
        <translation>该片段在 %1 秒之后没有帧</translation>
    </message>
    <message>
        <source>trimming cancelled</source>
        <translation>截取已取消</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the name was taken while trimming</source>
        <translation>无法写入 &apos;%1&apos;：截取期间该名称已被占用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already; choose another name</source>
        <translation>&apos;%1&apos; 已存在；请选择其他名称</translation>
    </message>
    <message>
        <source>a frame is saved as .jpg or .png, not &apos;.%1&apos;</source>
        <translation>帧只能保存为 .jpg 或 .png，不能保存为 &apos;.%1&apos;</translation>
    </message>
    <message>
        <source>no key frame in the range</source>
        <translation>范围内没有关键帧</translation>
    </message>
    <message>
        <source>there is no key frame between %1 s and %2 s: a copy without re-encoding would hold %3 s to %4 s of the clip; cut exactly instead</source>
        <translation>%1 秒到 %2 秒之间没有关键帧：不重新编码的复制将包含片段的 %3 秒到 %4 秒；请改用精确截取</translation>
    </message>
    <message>
        <source>the thumbnail could not be encoded</source>
        <translation>无法编码缩略图</translation>
    </message>
</context>
<context>
    <name>ad::TranscodePresets</name>
    <message>
        <source>preset field &quot;%1&quot; must be an encoder name or a list</source>
        <translation>预设字段“%1”必须是编码器名称或名称列表</translation>
    </message>
    <message>
        <source>preset field &quot;%1&quot; must list encoder names</source>
        <translation>预设字段“%1”必须列出编码器名称</translation>
    </message>
    <message>
        <source>preset field &quot;%1&quot; must be a whole number within %2-%3</source>
        <translation>预设字段“%1”必须是 %2-%3 之间的整数</translation>
    </message>
    <message>
        <source>H.264/AAC MP4, up to 1920x1080</source>
        <translation>H.264/AAC MP4，最大 1920x1080</translation>
    </message>
    <message>
        <source>H.264/AAC MP4, up to 1280x720</source>
        <translation>H.264/AAC MP4，最大 1280x720</translation>
    </message>
    <message>
        <source>H.264/AAC MP4, up to 854x480</source>
        <translation>H.264/AAC MP4，最大 854x480</translation>
    </message>
    <message>
        <source>H.265/AAC MP4, up to 1920x1080</source>
        <translation>H.265/AAC MP4，最大 1920x1080</translation>
    </message>
    <message>
        <source>VP9/Opus WebM, up to 1920x1080</source>
        <translation>VP9/Opus WebM，最大 1920x1080</translation>
    </message>
    <message>
        <source>AV1/Opus WebM, up to 1920x1080</source>
        <translation>AV1/Opus WebM，最大 1920x1080</translation>
    </message>
    <message>
        <source>AAC audio only (.m4a)</source>
        <translation>仅 AAC 音频（.m4a）</translation>
    </message>
    <message>
        <source>MP3 audio only</source>
        <translation>仅 MP3 音频</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <translation>预设需要名称</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: muxer must be one of %2, got &quot;%3&quot;</source>
        <translation>预设“%1”：封装格式必须是 %2 之一，实际为“%3”</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot; encodes neither video nor audio</source>
        <translation>预设“%1”既不编码视频也不编码音频</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: give both width and height, or neither</source>
        <translation>预设“%1”：请同时指定宽度和高度，或都不指定</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot; needs a crf or a video_kbps</source>
        <translation>预设“%1”需要 crf 或 video_kbps</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a presets file (%2)</source>
        <translation>%1 不是预设文件（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset&apos;s name</source>
        <translation>“%1”是内置预设的名称</translation>
    </message>
</context>
<context>
    <name>ad::jobs</name>
    <message>
        <source>Pages of %1</source>
        <translation>%1 的页面</translation>
    </message>
    <message numerus="yes">
        <source>Pages of %n document(s)</source>
        <translation>
            <numerusform>%n 个文档的页面</numerusform>
        </translation>
    </message>
    <message>
        <source>Thumbnails of %1</source>
        <translation>%1 的缩略图</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>将 %n 项移动到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s) to %1</source>
        <translation>
            <numerusform>将 %n 项复制到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) written</source>
        <translation>
            <numerusform>已写入 %n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>(renamed: %1 was taken)</source>
        <translation>（已改名：%1 已被占用）</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: the file exists</source>
        <translation>
            <numerusform>跳过 %n 个：文件已存在</numerusform>
        </translation>
    </message>
    <message>
        <source>, processed with %1</source>
        <translation>，并用 %1 处理</translation>
    </message>
    <message>
        <source>this FFmpeg build has no encoder for the preset &quot;%1&quot;</source>
        <translation>此 FFmpeg 版本没有适用于预设“%1”的编码器</translation>
    </message>
    <message numerus="yes">
        <source>Transcode %n file(s) to %1</source>
        <translation>
            <numerusform>将 %n 个文件转码为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>not a video or audio file</source>
        <translation>不是视频或音频文件</translation>
    </message>
    <message>
        <source>not a video</source>
        <translation>不是视频</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>已存在</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no video among the chosen files</source>
        <translation>所选文件中没有视频</translation>
    </message>
    <message numerus="yes">
        <source>Posters of %n clip(s)</source>
        <translation>
            <numerusform>%n 个片段的海报帧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sprite sheets of %n clip(s)</source>
        <translation>
            <numerusform>%n 个片段的雪碧图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Animated previews of %n clip(s)</source>
        <translation>
            <numerusform>%n 个片段的动图预览</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>renamed: %1 was taken</source>
        <translation>已重命名：%1 已被占用</translation>
    </message>
</context>
<context>
    <name>ad::metadata</name>
    <message>
        <source>Could not write the metadata of %1: %2</source>
        <translation>无法写入 %1 的元数据：%2</translation>
    </message>
    <message>
        <source>no copy could be made beside it</source>
        <translation>无法在其旁边创建副本</translation>
    </message>
    <message>
        <source>the copy did not read back as written</source>
        <translation>副本读回的内容与写入的不一致</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
</context>
<context>
    <name>ad::storage</name>
    <message>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>file too large for the file system</source>
        <translation>文件超出文件系统的大小上限</translation>
    </message>
    <message>
        <source>input/output error on the device</source>
        <translation>设备输入/输出错误</translation>
    </message>
</context>
<context>
    <name>ad::style::PastedUrl</name>
    <message>
        <source>The library has no style “%1”; kept as style/%1.</source>
        <translation>样式库中没有样式“%1”；保留为 style/%1。</translation>
    </message>
    <message>
        <source>The URL carries %1 processing strings; they run one after another.</source>
        <translation>URL 中有 %1 个处理参数；它们将依次执行。</translation>
    </message>
    <message>
        <source>The URL carries no processing.</source>
        <translation>URL 中没有处理参数。</translation>
    </message>
</context>
<context>
    <name>ad::ui::AboutDialog</name>
    <message>
        <source>About AssetDesk</source>
        <translation>关于 AssetDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AssetDesk %1&lt;/h2&gt;&lt;p&gt;Browse, preview and process pictures, videos and documents on this computer and in cloud buckets, with Tencent Cloud Infinite processing strings run locally.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;AssetDesk %1&lt;/h2&gt;&lt;p&gt;浏览、预览和处理本机及云端存储桶中的图片、视频和文档，并可在本地运行腾讯云数据万象处理串。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built on these libraries:</source>
        <translation>基于以下库构建：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Looking up versions…</source>
        <translation>正在查询版本…</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>ad::ui::AssetColumnsModel</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Animated image</source>
        <translation>动图</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>像素尺寸</translation>
    </message>
    <message>
        <source>Date Taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>颜色标签</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 × %2 pt</source>
        <translation>%1 × %2 pt</translation>
    </message>
</context>
<context>
    <name>ad::ui::BatchDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation>包含子文件夹(&amp;S)</translation>
    </message>
    <message>
        <source>Batch Process</source>
        <translation>批量处理</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected files (%n)</source>
        <translation>
            <numerusform>所选文件(&amp;S)（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. *.jpg *.png (empty: all images)</source>
        <translation>例如 *.jpg *.png（留空：全部图片）</translation>
    </message>
    <message>
        <source>e.g. *_small.*</source>
        <translation>例如 *_small.*</translation>
    </message>
    <message>
        <source>One processing string per line, e.g. imageMogr2/thumbnail/1200x/format/webp</source>
        <translation>每行一个处理串，例如 imageMogr2/thumbnail/1200x/format/webp</translation>
    </message>
    <message>
        <source>{name}.{ext} — fields: {name} {ext} {style} {index} {date} {dir}</source>
        <translation>{name}.{ext} — 字段：{name} {ext} {style} {index} {date} {dir}</translation>
    </message>
    <message>
        <source>Rename the new file</source>
        <translation>重命名新文件</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Source Folder</source>
        <translation>源文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>包含(&amp;I)：</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>排除(&amp;X)：</translation>
    </message>
    <message>
        <source>S&amp;tyles:</source>
        <translation>样式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D)：</translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>If the output &amp;exists:</source>
        <translation>输出已存在时(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Preview (Dry Run)</source>
        <translation>预览（试运行）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Skip (%1)</source>
        <translation>跳过（%1）</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>将写入 %n 个输出；尚未写入任何文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder, or cos://bucket/prefix, s3://bucket/prefix</source>
        <translation>文件夹，或 cos://bucket/prefix、s3://bucket/prefix</translation>
    </message>
    <message>
        <source>Run in the &amp;cloud</source>
        <translation>在云端运行(&amp;C)</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 个请求/秒</translation>
    </message>
    <message>
        <source>How many objects a second are sent to the cloud (at most %1, the cloud&apos;s limit)</source>
        <translation>每秒发送到云端的对象数（最多 %1 个，即云端上限）</translation>
    </message>
    <message>
        <source>Tencent Cloud Infinite processes each object where it is, and writes the results under the destination prefix in the same bucket. No picture crosses your network; the report lists each result&apos;s size and ETag.</source>
        <translation>腾讯云数据万象就地处理每个对象，并将结果写入同一存储桶的目标前缀下。图片不经过您的网络；报告会列出每个结果的大小和 ETag。</translation>
    </message>
    <message>
        <source>Available when the source is in a COS bucket (cos://bucket/prefix): only the cloud can process objects where they are.</source>
        <translation>来源位于 COS 存储桶（cos://bucket/prefix）时可用：只有云端能就地处理对象。</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) would be written by the cloud in %1 request(s); nothing has been sent yet.</source>
        <translation>
            <numerusform>云端将通过 %1 个请求写入 %n 个输出；尚未发送任何请求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::BeforeAfterView</name>
    <message>
        <source>Before</source>
        <translation>处理前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>处理后</translation>
    </message>
    <message>
        <source>Difference ×%1</source>
        <translation>差异 ×%1</translation>
    </message>
</context>
<context>
    <name>ad::ui::BlindMarkForm</name>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>强度(&amp;S)：</translation>
    </message>
    <message>
        <source>Text (type 3)</source>
        <translation>文字（类型 3）</translation>
    </message>
    <message>
        <source>Image mark, blind (type 2)</source>
        <translation>图片水印，全盲（类型 2）</translation>
    </message>
    <message>
        <source>Image mark, semi-blind (type 1)</source>
        <translation>图片水印，半盲（类型 1）</translation>
    </message>
    <message>
        <source>digits and letters, up to %1</source>
        <translation>数字和字母，最多 %1 个</translation>
    </message>
    <message>
        <source>Higher is more robust and more visible (type 2 only)</source>
        <translation>越高越稳健，也越明显（仅类型 2）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.heic *.avif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.heic *.avif)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Enter the text to embed.</source>
        <translation>请输入要嵌入的文字。</translation>
    </message>
    <message>
        <source>Choose the original picture.</source>
        <translation>请选择原图。</translation>
    </message>
    <message>
        <source>Choose the mark image.</source>
        <translation>请选择水印图片。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation>原图(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Mark image:</source>
        <translation>水印图片(&amp;M)：</translation>
    </message>
    <message>
        <source>the unmarked picture</source>
        <translation>未加水印的图片</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>A blind mark holds only the letters A–Z, a–z and the digits 0–9; remove %1.</source>
        <translation>盲水印只能包含字母 A–Z、a–z 和数字 0–9；请删除%1。</translation>
    </message>
    <message>
        <source>A blind mark holds at most %1 characters; this text has %2.</source>
        <translation>盲水印最多 %1 个字符；此文字有 %2 个。</translation>
    </message>
    <message>
        <source>This %1 × %2 picture holds at most %3 characters; this text has %4. Shorten the text, or mark a picture at least %5 pixels on its shorter side.</source>
        <translation>这张 %1 × %2 的图片最多可容纳 %3 个字符；此文本有 %4 个。请缩短文本，或为短边至少 %5 像素的图片添加水印。</translation>
    </message>
    <message>
        <source>digits and letters, up to %1 on this picture</source>
        <translation>数字和字母，此图片最多 %1 个</translation>
    </message>
    <message>
        <source>The mark image is %1 × %2; on this %3 × %4 picture it may be at most %5 × %6 (an eighth of each side).</source>
        <translation>水印图片为 %1 × %2；在这张 %3 × %4 的图片上最大为 %5 × %6（每边的八分之一）。</translation>
    </message>
    <message>
        <source>digits and letters: up to %1, or %2 on pictures %3 px or more on the shorter side</source>
        <translation>数字和字母：最多 %1 个；图片较短边不小于 %3 像素时最多 %2 个</translation>
    </message>
    <message>
        <source>a simple shape, at most 1/8 of the picture&apos;s width and height</source>
        <translation>简单的图形，宽和高最多为图片的 1/8</translation>
    </message>
    <message>
        <source>The mark is squeezed to 16 × 16 cells, each lighter or darker than the mark&apos;s average: bold shapes survive, fine detail and small text do not. Light on dark and dark on light both work; extraction compares the same picture.</source>
        <translation>水印图会被压缩为 16 × 16 个格子，每格按比水印图平均亮度更亮或更暗来记录：粗大的图形能保留下来，细节和小字则不能。浅底深图和深底浅图都可以；提取时比较的是同一张图。</translation>
    </message>
    <message>
        <source>the mark image that was embedded</source>
        <translation>嵌入时使用的水印图</translation>
    </message>
    <message>
        <source>Hides a short text (letters and digits), read back from a copy alone.</source>
        <translation>隐藏一段短文字（字母和数字），仅凭副本即可读回。</translation>
    </message>
    <message>
        <source>Hides a small picture such as a logo. Checking a copy needs the same picture and says whether it is there.</source>
        <translation>隐藏一张小图片（如标志）。检查副本时需要同一张图片，并回答它是否存在。</translation>
    </message>
    <message>
        <source>Hides a small picture that is read back by comparing a copy with the original picture.</source>
        <translation>隐藏一张小图片，通过将副本与原图比较读回。</translation>
    </message>
    <message>
        <source> of 3</source>
        <translation> / 3</translation>
    </message>
</context>
<context>
    <name>ad::ui::BucketView</name>
    <message>
        <source>Up (Alt+Up)</source>
        <translation>上一级（Alt+Up）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Listing… %n item(s)</source>
        <translation>
            <numerusform>正在列出… %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>文件夹名称：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copy Share Link (24 h)</source>
        <translation>复制分享链接（24 小时）</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Folder %1 created</source>
        <translation>已创建文件夹 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the bucket? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>从存储桶中删除 %n 项？文件夹会连同其中的所有内容一起删除。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link copied; it works for %n hour(s)</source>
        <translation>
            <numerusform>链接已复制，%n 小时内有效</numerusform>
        </translation>
    </message>
    <message>
        <source>Location: %1
Size: %2
ETag: %3
Modified: %4
Type: %5</source>
        <translation>位置：%1
大小：%2
ETag：%3
修改时间：%4
类型：%5</translation>
    </message>
    <message>
        <source>
CRC-64: %1</source>
        <translation>
CRC-64：%1</translation>
    </message>
    <message>
        <source>
Tags: %1</source>
        <translation>
标签：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Move To…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>A prefix (s3://bucket/prefix/, cos://…) or a local folder:</source>
        <translation>前缀（s3://bucket/prefix/、cos://…）或本地文件夹：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name</source>
        <translation>“%1”不是有效的名称</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>正在重命名…</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>正在移动…</translation>
    </message>
    <message>
        <source>Process on upload:</source>
        <translation>上传时处理：</translation>
    </message>
</context>
<context>
    <name>ad::ui::CloudCompareWindow</name>
    <message>
        <source>Compare with Cloud</source>
        <translation>与云端比较</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show &amp;difference</source>
        <translation>显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Where the local and cloud results differ, brighter is larger</source>
        <translation>本地结果与云端结果的差异处，越亮表示差异越大</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云端</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>像素尺寸</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>PSNR</source>
        <translation>PSNR</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Waiting for the cloud and the local result…</source>
        <translation>正在等待云端结果和本地结果…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>对 %2 应用 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, uploaded for the comparison to %3 and removed afterwards</source>
        <translation>对 %2 应用 &lt;b&gt;%1&lt;/b&gt;；为进行比较已上传到 %3，完成后删除</translation>
    </message>
    <message>
        <source>Fetching the original and the cloud&apos;s result…</source>
        <translation>正在获取原图和云端结果…</translation>
    </message>
    <message>
        <source>Uploading the picture, then fetching the cloud&apos;s result…</source>
        <translation>正在上传图片，然后获取云端结果…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>未比较</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>The cloud&apos;s result has other dimensions: the local preview does not match.</source>
        <translation>云端结果的尺寸不同：本地预览与之不符。</translation>
    </message>
    <message>
        <source>Matches: PSNR is at least %1 dB, the difference is not visible.</source>
        <translation>一致：PSNR 不低于 %1 dB，差异肉眼不可见。</translation>
    </message>
    <message>
        <source>Differs: PSNR is under %1 dB; look at the difference view.</source>
        <translation>有差异：PSNR 低于 %1 dB；请查看差异视图。</translation>
    </message>
    <message>
        <source>%1
uploaded to %2</source>
        <translation>%1
已上传到 %2</translation>
    </message>
</context>
<context>
    <name>ad::ui::CloudPlaceBox</name>
    <message>
        <source>bucket name with its APPID, e.g. photos-1250000000</source>
        <translation>带 APPID 的存储桶名称，例如 photos-1250000000</translation>
    </message>
    <message>
        <source>Pictures and marks on this computer are uploaded under this prefix first: the cloud reads only from the bucket</source>
        <translation>本机上的图片和水印图会先上传到此前缀下：云端只从存储桶读取</translation>
    </message>
    <message>
        <source>Cloud marks and local marks are not interchangeable: a mark embedded on this computer is not found by the cloud&apos;s extraction, and a mark the cloud embeds is not found on this computer.</source>
        <translation>云端水印与本地水印不能互通：在本机嵌入的水印，云端提取时找不到；云端嵌入的水印，在本机也找不到。</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>运行位置(&amp;W)：</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>存储桶(&amp;U)：</translation>
    </message>
    <message>
        <source>Upload p&amp;refix:</source>
        <translation>上传前缀(&amp;R)：</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Cloud (COS connection “%1”)</source>
        <translation>云端（COS 连接“%1”）</translation>
    </message>
    <message>
        <source>Enter the bucket to work in.</source>
        <translation>请输入要使用的存储桶。</translation>
    </message>
    <message>
        <source>A bucket of this connection ends with its APPID: %1-%2.</source>
        <translation>此连接的存储桶名称以其 APPID 结尾：%1-%2。</translation>
    </message>
    <message>
        <source>The cloud refused the request: check the connection&apos;s SecretId and SecretKey and that it may use this bucket.
%1</source>
        <translation>云端拒绝了请求：请检查该连接的 SecretId 和 SecretKey，以及它是否有权使用此存储桶。
%1</translation>
    </message>
    <message>
        <source>The cloud did not find the picture, the mark or the bucket.
%1</source>
        <translation>云端找不到图片、水印图或存储桶。
%1</translation>
    </message>
    <message>
        <source>Add a COS connection (File &gt; Cloud Connections) to work in the cloud</source>
        <translation>添加 COS 连接（文件 &gt; 云端连接）即可在云端处理</translation>
    </message>
</context>
<context>
    <name>ad::ui::CollectionView</name>
    <message>
        <source>This collection no longer exists.</source>
        <translation>此合集已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Smart collection “%1”: %n item(s)</source>
        <translation>
            <numerusform>智能合集“%1”：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Album “%1”: %n item(s)</source>
        <translation>
            <numerusform>相册“%1”：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove from Album</source>
        <translation>从相册中移除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 is not there any more: moved or deleted outside AssetDesk. Open the folder it went to and it is found again.</source>
        <translation>%1 已不在原处：已在 AssetDesk 之外被移动或删除。打开它所在的新文件夹即可重新找到它。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>ad::ui::CollectionsPanel</name>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>New album or smart collection</source>
        <translation>新建相册或智能合集</translation>
    </message>
    <message>
        <source>New &amp;Album…</source>
        <translation>新建相册(&amp;A)…</translation>
    </message>
    <message>
        <source>New Album</source>
        <translation>新建相册</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>New &amp;Smart Collection from the Filter…</source>
        <translation>根据筛选条件新建智能合集(&amp;S)…</translation>
    </message>
    <message>
        <source>New Smart Collection</source>
        <translation>新建智能合集</translation>
    </message>
    <message>
        <source>Name (the collection keeps the search words and the filter bar&apos;s choices):</source>
        <translation>名称（合集会保存搜索词和筛选栏中的选项）：</translation>
    </message>
    <message>
        <source>Album: drop files here to add them</source>
        <translation>相册：把文件拖到这里即可添加</translation>
    </message>
    <message>
        <source>Add to Album</source>
        <translation>添加到相册</translation>
    </message>
    <message>
        <source>Export Collection</source>
        <translation>导出合集</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>删除合集(&amp;D)</translation>
    </message>
    <message>
        <source>Export as Folder of &amp;Links…</source>
        <translation>导出为链接文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>Export as Folder of &amp;Copies…</source>
        <translation>导出为副本文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>重命名合集</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>删除合集</translation>
    </message>
    <message>
        <source>Delete the collection “%1”? Its files stay where they are.</source>
        <translation>要删除合集“%1”吗？其中的文件仍保留在原处。</translation>
    </message>
    <message>
        <source>Export as Links Into</source>
        <translation>将链接导出到</translation>
    </message>
    <message>
        <source>Export as Copies Into</source>
        <translation>将副本导出到</translation>
    </message>
    <message>
        <source>Smart collection: what its saved filter finds now (%1)</source>
        <translation>智能合集：其保存的筛选条件当前找到的内容（%1）</translation>
    </message>
    <message>
        <source>Album “%1” created</source>
        <translation>已创建相册“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Smart collection “%1” created: %n item(s) match</source>
        <translation>
            <numerusform>已创建智能合集“%1”：%n 项匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “%1”</source>
        <translation>
            <numerusform>已将 %n 项添加到“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::CompareWindow</name>
    <message>
        <source>&amp;Synchronise zoom and position</source>
        <translation>同步缩放和位置(&amp;S)</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <translation>比较 %1 和 %2</translation>
    </message>
</context>
<context>
    <name>ad::ui::ConnectionsDialog</name>
    <message>
        <source>Path-style addresses (MinIO, Ceph, s3rver)</source>
        <translation>路径风格地址（MinIO、Ceph、s3rver）</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Cloud Connections</source>
        <translation>云端连接</translation>
    </message>
    <message>
        <source>Tencent Cloud COS</source>
        <translation>腾讯云 COS</translation>
    </message>
    <message>
        <source>S3-compatible</source>
        <translation>兼容 S3</translation>
    </message>
    <message>
        <source>optional, for temporary (STS) credentials</source>
        <translation>可选，用于临时 (STS) 凭证</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Access key / SecretId:</source>
        <translation>访问密钥 / SecretId(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>会话令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;PPID:</source>
        <translation>APPID(&amp;P)：</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n bucket(s)</source>
        <translation>
            <numerusform>已连接：%n 个存储桶</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>stored in the keyring</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:9000</source>
        <translation>例如 http://127.0.0.1:9000</translation>
    </message>
    <message>
        <source>Saved. The secret key is in the keyring.</source>
        <translation>已保存。密钥保存在密钥环中。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>&amp;Endpoint (optional):</source>
        <translation>服务地址（可选）(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8080</source>
        <translation>例如 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Leave empty for Tencent Cloud. For a private deployment or the local endpoint, requests go to this address instead of the bucket&apos;s own host; they still name and sign the bucket&apos;s host.</source>
        <translation>使用腾讯云时留空。对于私有部署或本地服务端点，请求会发往此地址，而不是存储桶自身的主机；请求中仍使用存储桶的主机名并按其签名。</translation>
    </message>
    <message>
        <source>The store&apos;s address, e.g. MinIO or s3rver.</source>
        <translation>存储服务的地址，例如 MinIO 或 s3rver。</translation>
    </message>
    <message>
        <source>Saved, but the keyring cannot be reached (%1): the secret key is kept only until AssetDesk closes; type it here again next time.</source>
        <translation>已保存，但无法访问密钥环（%1）：密钥仅保留到 AssetDesk 关闭为止；下次请在此重新输入。</translation>
    </message>
    <message>
        <source>Save the new connection?</source>
        <translation>保存新连接？</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改？</translation>
    </message>
</context>
<context>
    <name>ad::ui::ContentView</name>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>按%1升序排列</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>按%1降序排列</translation>
    </message>
    <message>
        <source>Nothing here matches the search or filter.</source>
        <translation>没有与搜索或筛选条件相符的项目。</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>此文件夹为空。</translation>
    </message>
</context>
<context>
    <name>ad::ui::DocToImageDialog</name>
    <message>
        <source>&amp;Page:</source>
        <translation>页(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Merge the pages into one long image (up to 20)</source>
        <translation>合并为一张长图（最多 20 页）(&amp;M)</translation>
    </message>
    <message>
        <source>Documents to Images</source>
        <translation>文档转图片</translation>
    </message>
    <message>
        <source>last</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>PDF (whole document)</source>
        <translation>PDF（整个文档）</translation>
    </message>
    <message>
        <source>all sheets</source>
        <translation>全部工作表</translation>
    </message>
    <message>
        <source>Spreadsheets: which sheet to convert</source>
        <translation>表格文档：要转换的工作表</translation>
    </message>
    <message>
        <source>for protected PDFs</source>
        <translation>用于受保护的 PDF</translation>
    </message>
    <message>
        <source>a folder, or cos://bucket/prefix, s3://bucket/prefix</source>
        <translation>文件夹，或 cos://bucket/prefix、s3://bucket/prefix</translation>
    </message>
    <message>
        <source>&lt;name&gt;_${Page}.&lt;ext&gt; — fields: ${Number} ${Page} ${SheetID}</source>
        <translation>&lt;名称&gt;_${Page}.&lt;扩展名&gt; — 字段：${Number} ${Page} ${SheetID}</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>没有文档</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>添加文档</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>文档 (%1)</translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>质量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in sheet &quot;%1&quot; (of %2 sheets)</source>
        <translation>
            <numerusform>工作表“%1”共 %n 页（共 %2 个工作表）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep both: number the new pages</source>
        <translation>都保留：为新页面编号</translation>
    </message>
    <message>
        <source>Skip pages whose file exists</source>
        <translation>跳过文件已存在的页面</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>替换已有文件</translation>
    </message>
    <message>
        <source>If a file &amp;exists:</source>
        <translation>文件已存在时(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>ad::ui::DocumentViewer</name>
    <message>
        <source>Previous Page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Previous Match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select Page Text</source>
        <translation>选择本页文字</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in document (%1)</source>
        <translation>在文档中查找（%1）</translation>
    </message>
</context>
<context>
    <name>ad::ui::DuplicatesWindow</name>
    <message>
        <source>Include subfolders</source>
        <translation>包含子文件夹</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Mark All but the Best</source>
        <translation>标记最佳项以外的所有图片(&amp;M)</translation>
    </message>
    <message>
        <source>Move Marked to &amp;Trash</source>
        <translation>将已标记项移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Bucket Prefix…</source>
        <translation>添加存储桶前缀(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Add Bucket Prefix</source>
        <translation>添加存储桶前缀</translation>
    </message>
    <message>
        <source>Objects below this prefix are compared by ETag and size
(for example cos://photos-1250000000/2024/):</source>
        <translation>将按 ETag 和大小比较此前缀下的对象
（例如 cos://photos-1250000000/2024/）：</translation>
    </message>
    <message>
        <source>A bucket prefix starts with cos:// or s3://.</source>
        <translation>存储桶前缀以 cos:// 或 s3:// 开头。</translation>
    </message>
    <message>
        <source>Left: exact copies only. Right: looser matches (more pictures grouped, some may only look alike).</source>
        <translation>左：仅完全相同的副本。右：更宽松的匹配（归为一组的图片更多，其中一些可能只是看起来相似）。</translation>
    </message>
    <message>
        <source>Similarity:</source>
        <translation>相似度：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>File Size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Highest resolution</source>
        <translation>最高分辨率</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>最大文件</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Look in these folders and bucket prefixes:</source>
        <translation>在以下文件夹和存储桶前缀中查找：</translation>
    </message>
    <message>
        <source>Add a folder or a bucket prefix to look in.</source>
        <translation>请添加要查找的文件夹或存储桶前缀。</translation>
    </message>
    <message>
        <source>Listing pictures…</source>
        <translation>正在列出图片…</translation>
    </message>
    <message>
        <source>Reading pictures: %1 of %2…</source>
        <translation>正在读取图片：%1 / %2…</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n picture(s) compared so far.</source>
        <translation>
            <numerusform>已取消：目前已比较 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) compared.</source>
        <translation>
            <numerusform>已比较 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (hover for the list).</source>
        <translation>
            <numerusform>有 %n 个文件无法读取（悬停可查看列表）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates.</source>
        <translation>
            <numerusform>%n 组重复项。</numerusform>
        </translation>
    </message>
    <message>
        <source>exact copies only</source>
        <translation>仅完全相同的副本</translation>
    </message>
    <message numerus="yes">
        <source>Exact copies (%n)</source>
        <translation>
            <numerusform>完全相同的副本（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similar pictures (%n)</source>
        <translation>
            <numerusform>相似图片（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未找到重复项。</translation>
    </message>
    <message>
        <source>Choose a group to see its pictures side by side.</source>
        <translation>选择一个组，即可并排查看其中的图片。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 × %2, %3</source>
        <translation>%1 × %2，%3</translation>
    </message>
    <message>
        <source>In a bucket</source>
        <translation>位于存储桶中</translation>
    </message>
    <message>
        <source>Cannot show this picture</source>
        <translation>无法显示此图片</translation>
    </message>
    <message>
        <source>Mark the pictures to remove first (tick them, or use Mark All but the Best).</source>
        <translation>请先标记要移除的图片（勾选它们，或使用“标记最佳项以外的所有图片”）。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Duplicate(s) to Trash</source>
        <translation>
            <numerusform>将 %n 个重复项移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) back from the trash.</source>
        <translation>
            <numerusform>已从回收站恢复 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) moved or deleted since the scan.</source>
        <translation>
            <numerusform>自扫描以来有 %n 张图片被移动或删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) back since the scan.</source>
        <translation>
            <numerusform>自扫描以来有 %n 张图片已恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) moved to the trash (Undo brings them back).</source>
        <translation>
            <numerusform>%n 张图片已移到回收站（撤销可将其恢复）。</numerusform>
        </translation>
    </message>
    <message>
        <source>strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>strict: near-identical pictures</source>
        <translation>严格：几乎相同的图片</translation>
    </message>
    <message>
        <source>balanced: resized and recompressed copies</source>
        <translation>适中：缩放或重新压缩的副本</translation>
    </message>
    <message>
        <source>loose: also lightly cropped or edited</source>
        <translation>宽松：也包括轻微裁剪或编辑过的图片</translation>
    </message>
    <message>
        <source>very loose: some may only look alike</source>
        <translation>很宽松：部分可能只是看起来相似</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>✗ Marked for the trash</source>
        <translation>✗ 已标记移到回收站</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照图</translation>
    </message>
    <message>
        <source>near-identical</source>
        <translation>几乎相同</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>loosely similar</source>
        <translation>略微相似</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>How alike each picture is to the group&apos;s reference (its first picture):
identical: the same file or the same pixels;
near-identical: resized or recompressed;
similar: also lightly cropped or edited;
loosely similar: may only look alike.
The percentage is how much of the pictures&apos; fingerprints agree.</source>
        <translation>各图片与本组参照图（组内第一张图片）的相似程度：
完全相同：同一文件或像素完全相同；
几乎相同：经过缩放或重新压缩；
相似：还经过轻微裁剪或编辑；
略微相似：可能只是看起来相像。
百分比表示两张图片指纹相符的比例。</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>ad::ui::EndpointDialog</name>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
    </message>
    <message>
        <source>Local Endpoint</source>
        <translation>本地服务端点</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves the network</source>
        <translation>127.0.0.1 仅服务本机；0.0.0.0 服务整个网络</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任一空闲端口</translation>
    </message>
    <message>
        <source>optional: requests must then be signed</source>
        <translation>可选：填写后请求须带签名</translation>
    </message>
    <message>
        <source>One line per request: time, client, method, target, status, bytes, milliseconds.</source>
        <translation>每个请求一行：时间、客户端、方法、目标、状态码、字节数、毫秒数。</translation>
    </message>
    <message>
        <source>The selected picture&apos;s URL on this endpoint, with the Style Editor&apos;s processing string</source>
        <translation>所选图片在此端点上的 URL，附带样式编辑器中的处理参数</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>清空日志(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Serves:</source>
        <translation>服务内容：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Open a folder or a bucket in the browser first.</source>
        <translation>请先在浏览器中打开文件夹或存储桶。</translation>
    </message>
    <message>
        <source>Give both the SecretId and the SecretKey, or neither.</source>
        <translation>请同时填写 SecretId 和 SecretKey，或都不填。</translation>
    </message>
    <message>
        <source>Cannot start the endpoint: %1</source>
        <translation>无法启动端点：%1</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>正在服务 %1。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Start the endpoint first.</source>
        <translation>请先启动端点。</translation>
    </message>
    <message>
        <source>Select a picture in the browser first.</source>
        <translation>请先在浏览器中选择一张图片。</translation>
    </message>
    <message>
        <source>%1 is not in %2, which this endpoint serves.</source>
        <translation>%1 不在此端点服务的 %2 中。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>nothing: open a folder or a bucket</source>
        <translation>无：请打开文件夹或存储桶</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Another program may be using port %1: choose another port, or &quot;any free port&quot;.</source>
        <translation>可能有其他程序正在使用端口 %1：请选择其他端口，或选择“任一空闲端口”。</translation>
    </message>
</context>
<context>
    <name>ad::ui::FilterBar</name>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意大小</translation>
    </message>
    <message>
        <source>Under 100 KB</source>
        <translation>小于 100 KB</translation>
    </message>
    <message>
        <source>100 KB – 1 MB</source>
        <translation>100 KB – 1 MB</translation>
    </message>
    <message>
        <source>1 – 10 MB</source>
        <translation>1 – 10 MB</translation>
    </message>
    <message>
        <source>Over 10 MB</source>
        <translation>大于 10 MB</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Older than a year</source>
        <translation>一年以前</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Taken any time</source>
        <translation>任意拍摄时间</translation>
    </message>
    <message>
        <source>Taken in the last 30 days</source>
        <translation>最近 30 天拍摄</translation>
    </message>
    <message>
        <source>Taken in the last 12 months</source>
        <translation>最近 12 个月拍摄</translation>
    </message>
    <message>
        <source>Taken over a year ago</source>
        <translation>一年前拍摄</translation>
    </message>
    <message>
        <source>extensions, e.g. jpg png</source>
        <translation>扩展名，如 jpg png</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>stars</comment>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>任意时长</translation>
    </message>
    <message>
        <source>Under 1 minute</source>
        <translation>1 分钟以内</translation>
    </message>
    <message>
        <source>1 – 10 minutes</source>
        <translation>1 – 10 分钟</translation>
    </message>
    <message>
        <source>Over 10 minutes</source>
        <translation>10 分钟以上</translation>
    </message>
    <message>
        <source>Any resolution</source>
        <translation>任意分辨率</translation>
    </message>
    <message>
        <source>Below HD (under 720p)</source>
        <translation>低于高清（720p 以下）</translation>
    </message>
    <message>
        <source>HD (720p) or more</source>
        <translation>高清（720p）及以上</translation>
    </message>
    <message>
        <source>Full HD (1080p) or more</source>
        <translation>全高清（1080p）及以上</translation>
    </message>
    <message>
        <source>4K (2160p) or more</source>
        <translation>4K（2160p）及以上</translation>
    </message>
</context>
<context>
    <name>ad::ui::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Getting Started with AssetDesk</source>
        <translation>AssetDesk 入门</translation>
    </message>
    <message>
        <source>Blind watermark</source>
        <translation>盲水印</translation>
    </message>
    <message>
        <source>Browse a folder or a bucket</source>
        <translation>浏览文件夹或存储桶</translation>
    </message>
    <message>
        <source>Pick a folder under &lt;b&gt;Places&lt;/b&gt; or &lt;b&gt;Folders&lt;/b&gt; on the left, or &lt;b&gt;File &amp;gt; Open Folder&lt;/b&gt; (Ctrl+O). Buckets appear under Places once added in &lt;b&gt;File &amp;gt; Cloud Connections&lt;/b&gt;. &lt;b&gt;Ctrl+1&lt;/b&gt; shows the grid, &lt;b&gt;Ctrl+2&lt;/b&gt; the list with details; &lt;b&gt;Space&lt;/b&gt; previews the selected file.</source>
        <translation>在左侧的&lt;b&gt;位置&lt;/b&gt;或&lt;b&gt;文件夹&lt;/b&gt;中选择一个文件夹，或使用&lt;b&gt;文件 &amp;gt; 打开文件夹&lt;/b&gt;（Ctrl+O）。在&lt;b&gt;文件 &amp;gt; 云端连接&lt;/b&gt;中添加存储桶后，它们会出现在“位置”下。&lt;b&gt;Ctrl+1&lt;/b&gt; 显示网格，&lt;b&gt;Ctrl+2&lt;/b&gt; 显示详细列表；&lt;b&gt;空格&lt;/b&gt;预览所选文件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;F3&lt;/b&gt; or a double-click opens the viewer: the arrow keys go through the folder, &lt;b&gt;T&lt;/b&gt; shows the filmstrip, &lt;b&gt;Ctrl+L&lt;/b&gt; and &lt;b&gt;Ctrl+R&lt;/b&gt; turn the picture on screen (the file is not changed), &lt;b&gt;F5&lt;/b&gt; starts a slideshow, &lt;b&gt;F11&lt;/b&gt; fills the screen and &lt;b&gt;Esc&lt;/b&gt; ends either.</source>
        <translation>&lt;b&gt;F3&lt;/b&gt; 或双击打开查看器：方向键浏览文件夹，&lt;b&gt;T&lt;/b&gt; 显示胶片条，&lt;b&gt;Ctrl+L&lt;/b&gt; 和 &lt;b&gt;Ctrl+R&lt;/b&gt; 在屏幕上旋转图片（文件不会改变），&lt;b&gt;F5&lt;/b&gt; 开始幻灯片放映，&lt;b&gt;F11&lt;/b&gt; 全屏，&lt;b&gt;Esc&lt;/b&gt; 退出两者。</translation>
    </message>
    <message>
        <source>Rate, label and tag</source>
        <translation>评分、颜色标签和标签</translation>
    </message>
    <message>
        <source>Select files and press &lt;b&gt;1&lt;/b&gt; to &lt;b&gt;5&lt;/b&gt; for stars, &lt;b&gt;0&lt;/b&gt; to clear them; &lt;b&gt;6&lt;/b&gt; red, &lt;b&gt;7&lt;/b&gt; yellow, &lt;b&gt;8&lt;/b&gt; green, &lt;b&gt;9&lt;/b&gt; blue (&lt;b&gt;Alt+1&lt;/b&gt; to &lt;b&gt;Alt+6&lt;/b&gt; for every colour); &lt;b&gt;.&lt;/b&gt; marks a favourite. Tags and notes go in the Inspector on the right. &lt;b&gt;Ctrl+Shift+F&lt;/b&gt; filters by rating, favourite and tag; &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes.</source>
        <translation>选择文件后按 &lt;b&gt;1&lt;/b&gt; 到 &lt;b&gt;5&lt;/b&gt; 打星，&lt;b&gt;0&lt;/b&gt; 清除星级；&lt;b&gt;6&lt;/b&gt; 红色，&lt;b&gt;7&lt;/b&gt; 黄色，&lt;b&gt;8&lt;/b&gt; 绿色，&lt;b&gt;9&lt;/b&gt; 蓝色（&lt;b&gt;Alt+1&lt;/b&gt; 到 &lt;b&gt;Alt+6&lt;/b&gt; 可选所有颜色）；&lt;b&gt;.&lt;/b&gt; 标为收藏。标签和备注在右侧的信息面板中填写。&lt;b&gt;Ctrl+Shift+F&lt;/b&gt; 按星级、收藏和标签筛选；&lt;b&gt;Ctrl+Z&lt;/b&gt; 撤销。</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tools &amp;gt; Find Duplicates&lt;/b&gt; finds copies and similar pictures (resized, recompressed, slightly cropped) and shows each group side by side. It marks all but the best of a group; the marked files go to the trash, and that can be undone.</source>
        <translation>&lt;b&gt;工具 &amp;gt; 查找重复项&lt;/b&gt;会找出副本和相似图片（缩放、重新压缩、轻微裁剪过的），并将每组并排显示。它会标记每组中除最佳文件以外的所有文件；标记的文件移到回收站，且可以撤销。</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>&lt;b&gt;File &amp;gt; Add to Album&lt;/b&gt;, or dropping files on an album under &lt;b&gt;Collections&lt;/b&gt;, gathers pictures from any folder or bucket without moving them. A smart collection keeps a search and its filters. Export either from its context menu.</source>
        <translation>&lt;b&gt;文件 &amp;gt; 添加到相册&lt;/b&gt;，或将文件拖放到&lt;b&gt;合集&lt;/b&gt;下的相册上，可以汇集来自任意文件夹或存储桶的图片而不移动它们。智能合集保存一次搜索及其筛选条件。两者都可从右键菜单导出。</translation>
    </message>
    <message>
        <source>Apply a style to a folder</source>
        <translation>对文件夹应用样式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tools &amp;gt; Batch Process&lt;/b&gt; (Ctrl+B) resizes, converts or watermarks the selected files or the whole folder with a style and writes the results to a folder outside your library; the originals are never changed. Styles are made in &lt;b&gt;Tools &amp;gt; Style Editor&lt;/b&gt; (Ctrl+Shift+E). Progress shows in the &lt;b&gt;Jobs&lt;/b&gt; panel.</source>
        <translation>&lt;b&gt;工具 &amp;gt; 批量处理&lt;/b&gt;（Ctrl+B）用样式对所选文件或整个文件夹进行缩放、转换或加水印，并把结果写到素材库以外的文件夹；原文件从不改变。样式在&lt;b&gt;工具 &amp;gt; 样式编辑器&lt;/b&gt;（Ctrl+Shift+E）中制作。进度显示在&lt;b&gt;任务&lt;/b&gt;面板中。</translation>
    </message>
    <message>
        <source>Video posters</source>
        <translation>视频海报帧</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tools &amp;gt; Blind Watermark&lt;/b&gt; (Ctrl+Shift+W) hides your name in a copy of a photo without a visible change, and later reads it back from a copy found elsewhere.</source>
        <translation>&lt;b&gt;工具 &amp;gt; 盲水印&lt;/b&gt;（Ctrl+Shift+W）把你的名字隐藏在照片的副本中而不产生可见变化，之后可以从别处发现的副本中读回。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tools &amp;gt; Video Posters and Sprites&lt;/b&gt; makes a poster, a sprite sheet or an animated preview for every clip of the selection, a folder or a bucket. In the viewer, the &lt;b&gt;Video&lt;/b&gt; button saves a frame, sets the cover or trims a clip.</source>
        <translation>&lt;b&gt;工具 &amp;gt; 视频海报帧和雪碧图&lt;/b&gt;为所选内容、文件夹或存储桶中的每个片段制作海报帧、雪碧图或动图预览。在查看器中，&lt;b&gt;视频&lt;/b&gt;按钮可保存一帧、设为封面或截取片段。</translation>
    </message>
</context>
<context>
    <name>ad::ui::HistogramWidget</name>
    <message>
        <source>Histogram: red, green, blue and luminance</source>
        <translation>直方图：红、绿、蓝和亮度</translation>
    </message>
</context>
<context>
    <name>ad::ui::ImageViewer</name>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>%1, %2  RGB %3 %4 %5  A %6  %7</source>
        <translation>%1, %2  RGB %3 %4 %5  A %6  %7</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>%1 × %2  %3%</source>
        <translation>%1 × %2  %3%</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <source>turned %1° for viewing</source>
        <translation>查看时已旋转 %1°</translation>
    </message>
</context>
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
        <translation>像素尺寸</translation>
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
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>%1, %2 × %3, %4 fps</source>
        <translation>%1，%2 × %3，%4 fps</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>总大小</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>色彩配置文件</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>%1° clockwise</source>
        <translation>顺时针 %1°</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 Hz, %n channel(s)</source>
        <translation>
            <numerusform>%1，%2 Hz，%n 声道</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pt</source>
        <translation>%1 × %2 pt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1（%2 × %3 毫米）</translation>
    </message>
</context>
<context>
    <name>ad::ui::JobsIndicator</name>
    <message>
        <source>Show the Jobs panel</source>
        <translation>显示任务面板</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) · %1 %</source>
        <translation>
            <numerusform>%n 个任务 · %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>没有任务</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2%</translation>
    </message>
</context>
<context>
    <name>ad::ui::JobsModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation>已完成（有失败）</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 skipped</source>
        <translation>%1：完成 %2，失败 %3，跳过 %4</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation>%1 项/秒</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>剩余 %1:%2</translation>
    </message>
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
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> · %1 %2 %</source>
        <translation> · %1 %2 %</translation>
    </message>
    <message>
        <source>
%1: %2 of %3</source>
        <translation>
%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>
%1: frame %2 of %3</source>
        <translation>
%1：第 %2 帧，共 %3 帧</translation>
    </message>
    <message>
        <source>
%1: %2 of %3 s</source>
        <translation>
%1：%2 / %3 秒</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>%1× real time</source>
        <translation>%1× 实时速度</translation>
    </message>
    <message>
        <source>Batch: %1 × %2 → %3</source>
        <translation>批处理：%1 × %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>%n 个样式</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::JobsPanel</name>
    <message>
        <source>No background jobs.</source>
        <translation>没有后台任务。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
    <message>
        <source>Show Report…</source>
        <translation>查看报告…</translation>
    </message>
    <message>
        <source>Raise Priority</source>
        <translation>提高优先级</translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation>降低优先级</translation>
    </message>
    <message>
        <source>All jobs: %v/%m</source>
        <translation>全部任务：%v/%m</translation>
    </message>
    <message>
        <source>Items finished across the jobs that have not ended</source>
        <translation>未结束任务中已完成的项目数</translation>
    </message>
    <message>
        <source>Job Report</source>
        <translation>任务报告</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped, %4 cancelled of %5. Output: %6</source>
        <translation>共 %5 项：完成 %1，失败 %2，跳过 %3，取消 %4。输出：%6</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The job journal cannot be saved: %1. Items already running finish; nothing new starts. Free some space, then choose Resume.</source>
        <translation>无法保存任务日志：%1。正在运行的项目会完成，不再开始新项目。请释放一些空间，然后选择“继续”。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ad::ui::LibraryActions</name>
    <message>
        <source>&amp;Rating</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <source>Colour &amp;Label</source>
        <translation>颜色标签(&amp;L)</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>切换收藏(&amp;F)</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Set Rating</source>
        <translation>设置评分</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>设置颜色标签</translation>
    </message>
    <message>
        <source>Set Favourite</source>
        <translation>设置收藏</translation>
    </message>
</context>
<context>
    <name>ad::ui::LibraryPanel</name>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>颜色标签：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <source>Set Rating</source>
        <translation>设置评分</translation>
    </message>
    <message>
        <source>Set Favourite</source>
        <translation>设置收藏</translation>
    </message>
    <message>
        <source>Set Label</source>
        <translation>设置颜色标签</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Tags shown are the ones every selected item has</source>
        <translation>此处显示的是所有选中项共有的标签</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>tags, separated by commas: places/asia/tokyo</source>
        <translation>标签，以逗号分隔：places/asia/tokyo</translation>
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
        <translation>信息面板</translation>
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
    <message>
        <source>&amp;Batch Process…</source>
        <translation>批量处理(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Search names, tags and notes</source>
        <translation>搜索名称、标签和备注</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Batch Rename</source>
        <translation>批量重命名</translation>
    </message>
    <message numerus="yes">
        <source>Template for %n file(s) — {name} {ext} {index} {date}:</source>
        <translation>
            <numerusform>%n 个文件的命名模板 — {name} {ext} {index} {date}：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy To…</source>
        <translation>复制到(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy To</source>
        <translation>复制到</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Open with &amp;External Application</source>
        <translation>用外部程序打开(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;veal in File Manager</source>
        <translation>在文件管理器中显示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Documents to Images…</source>
        <translation>文档转图片(&amp;D)…</translation>
    </message>
    <message>
        <source>Pre-generate &amp;Thumbnails for This Folder</source>
        <translation>为此文件夹预生成缩略图(&amp;T)</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>&amp;Rescan Folder</source>
        <translation>重新扫描文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter Bar</source>
        <translation>筛选栏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Date &amp;Modified</source>
        <translation>修改日期(&amp;M)</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>文件大小(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%n missing file(s) removed from the library</source>
        <translation>
            <numerusform>已从素材库移除 %n 个缺失的文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to a Bucket</source>
        <translation>移动到存储桶</translation>
    </message>
    <message>
        <source>Copy to a Bucket</source>
        <translation>复制到存储桶</translation>
    </message>
    <message>
        <source>Copy to &amp;Bucket…</source>
        <translation>复制到存储桶(&amp;B)…</translation>
    </message>
    <message>
        <source>Move to B&amp;ucket…</source>
        <translation>移动到存储桶(&amp;U)…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Open in &amp;Viewer</source>
        <translation>在查看器中打开(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>并排比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Select two images to compare them.</source>
        <translation>请选择两张图片进行比较。</translation>
    </message>
    <message>
        <source>Cloud &amp;Connections…</source>
        <translation>云端连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Cannot preview %1:
%2</source>
        <translation>无法预览 %1：
%2</translation>
    </message>
    <message>
        <source>Blind &amp;Watermark…</source>
        <translation>盲水印(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Style Editor…</source>
        <translation>样式编辑器(&amp;S)…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Open in Viewer</source>
        <translation>在查看器中打开</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>&amp;Local Endpoint…</source>
        <translation>本地服务端点(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exported to %1; %2 bucket object(s) left out</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %1；略过了 %2 个存储桶对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to &amp;Album…</source>
        <translation>添加到相册(&amp;A)…</translation>
    </message>
    <message>
        <source>Add to Album</source>
        <translation>添加到相册</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the album (type a new name to make one):</source>
        <translation>
            <numerusform>将 %n 项添加到相册（输入新名称可新建相册）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation>在地图上显示(&amp;M)</translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Only files on this computer can show their position.</source>
        <translation>只有本机上的文件才能显示其地理位置。</translation>
    </message>
    <message>
        <source>No map application is set up for geo: links. The position is %1.</source>
        <translation>尚未设置处理 geo: 链接的地图应用。位置为 %1。</translation>
    </message>
    <message>
        <source>“%1” has no GPS position in its EXIF or XMP data.</source>
        <translation>“%1”的 EXIF 或 XMP 数据中没有 GPS 位置。</translation>
    </message>
    <message>
        <source>&amp;Quick Look</source>
        <translation>快速查看(&amp;Q)</translation>
    </message>
    <message>
        <source>Date T&amp;aken</source>
        <translation>拍摄日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dimensions</source>
        <translation>像素尺寸(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;ranscode…</source>
        <translation>转码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open with External &amp;Editor</source>
        <translation>用外部编辑器打开(&amp;E)</translation>
    </message>
    <message>
        <source>External Editor</source>
        <translation>外部编辑器</translation>
    </message>
    <message>
        <source>Choose your editor under Edit &gt; Preferences &gt; Jobs &gt; External editor.</source>
        <translation>请在“编辑 &gt; 首选项 &gt; 任务 &gt; 外部编辑器”中选择编辑器。</translation>
    </message>
    <message>
        <source>“%1” could not be started. Check the external editor in Preferences.</source>
        <translation>无法启动“%1”。请在首选项中检查外部编辑器设置。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>度假</translation>
    </message>
    <message>
        <source>The frame at %1 s is now the cover of %2.</source>
        <translation>%1 秒处的帧现已成为 %2 的封面。</translation>
    </message>
    <message>
        <source>Desc&amp;ending</source>
        <translation>降序(&amp;E)</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>查找重复项(&amp;U)…</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n item(s) no longer match “%2” and leave it when it is shown again</source>
        <translation>
            <numerusform>%1；%n 项不再符合“%2”，再次显示时将从中移出</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shows its default cover again.</source>
        <translation>%1 已恢复为默认封面。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Video Posters and Sprites…</source>
        <translation>视频海报帧和雪碧图(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown (filter on)</source>
        <translation>
            <numerusform>显示 %n 项中的 %1 项（已筛选）</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>相机(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>颜色标签(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>时长(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>种类(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the trash</source>
        <translation>
            <numerusform>已将 %n 项移到回收站</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder rescanned; no file was missing</source>
        <translation>已重新扫描文件夹，没有缺失的文件</translation>
    </message>
</context>
<context>
    <name>ad::ui::MatchGauge</name>
    <message>
        <source>Match %1 of 100</source>
        <translation>匹配度 %1 / 100</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
</context>
<context>
    <name>ad::ui::MediaView</name>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>无法显示 %1：
%2</translation>
    </message>
    <message>
        <source>Cannot play %1:
%2</source>
        <translation>无法播放 %1：
%2</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>选择一个文件即可预览。</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
</context>
<context>
    <name>ad::ui::MetadataPanel</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Set the template&apos;s creator, copyright, position and tags on the selected files</source>
        <translation>将模板中的创作者、版权、位置和标签设置到所选文件</translation>
    </message>
    <message>
        <source>Save the creator, copyright, position and tags shown as a template</source>
        <translation>将当前显示的创作者、版权、位置和标签保存为模板</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>创作者：</translation>
    </message>
    <message>
        <source>Copyright:</source>
        <translation>版权：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>地理位置：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Edit Title</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <source>Edit Creator</source>
        <translation>编辑创作者</translation>
    </message>
    <message>
        <source>Edit Copyright</source>
        <translation>编辑版权</translation>
    </message>
    <message>
        <source>Save Metadata Template</source>
        <translation>保存元数据模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>The position needs latitude (-90 to 90) and longitude (-180 to 180) in degrees, separated by a comma, e.g. 35.6586, 139.7454.</source>
        <translation>位置需要以度为单位的纬度（-90 到 90）和经度（-180 到 180），以逗号分隔，例如 35.6586, 139.7454。</translation>
    </message>
    <message>
        <source>Edit Position</source>
        <translation>编辑地理位置</translation>
    </message>
    <message>
        <source>Kept in the library only (Preferences &gt; Metadata).</source>
        <translation>仅保存在素材库中（首选项 &gt; 元数据）。</translation>
    </message>
    <message numerus="yes">
        <source>Saving to %n file(s)…</source>
        <translation>
            <numerusform>正在保存到 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved to %n file(s).</source>
        <translation>
            <numerusform>已保存到 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved to %n file(s): %1</source>
        <translation>
            <numerusform>未能保存到 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>模板“%1”已保存。</translation>
    </message>
    <message>
        <source>Apply Template “%1”</source>
        <translation>应用模板“%1”</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>应用模板</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <source>Saved when you press Enter or leave the field.</source>
        <translation>按回车键或离开此栏时保存。</translation>
    </message>
    <message>
        <source>Several names: separate them with semicolons.</source>
        <translation>多个名字之间用分号隔开。</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, e.g. 35.6586, 139.7454.</source>
        <translation>以度为单位的纬度和经度，例如 35.6586, 139.7454。</translation>
    </message>
</context>
<context>
    <name>ad::ui::OperationForm</name>
    <message>
        <source>This operation has no parameters.</source>
        <translation>此操作没有参数。</translation>
    </message>
    <message>
        <source>Select an operation to edit it, or add one from the Add menu.</source>
        <translation>选择一个操作进行编辑，或从“添加”菜单中添加。</translation>
    </message>
</context>
<context>
    <name>ad::ui::Outputs</name>
    <message>
        <source>%1 (processed)</source>
        <translation>%1（已处理）</translation>
    </message>
    <message>
        <source>Write into the library?</source>
        <translation>要写入素材库吗？</translation>
    </message>
    <message>
        <source>“%1” is inside your library.</source>
        <translation>“%1”位于您的素材库内。</translation>
    </message>
    <message>
        <source>The results would appear among the originals and be browsed, searched and processed with them. Write there anyway?</source>
        <translation>结果会出现在原文件之中，并与它们一起被浏览、搜索和处理。仍要写入该位置吗？</translation>
    </message>
    <message>
        <source>&amp;Write Anyway</source>
        <translation>仍然写入(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Choose Another</source>
        <translation>选择其他位置(&amp;C)</translation>
    </message>
    <message>
        <source>“%1” is inside the folder of the originals.</source>
        <translation>“%1”位于原始文件所在的文件夹中。</translation>
    </message>
</context>
<context>
    <name>ad::ui::ParamField</name>
    <message>
        <source>Write this parameter; when unchecked the cloud&apos;s default applies</source>
        <translation>写入此参数；不勾选时使用云端默认值</translation>
    </message>
    <message>
        <source>Drawn here with %1</source>
        <translation>此处用 %1 绘制</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>A local file, or http:// or cos:// object URL</source>
        <translation>本地文件，或 http:// 或 cos:// 对象 URL</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>ad::ui::Preferences</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
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
    <message>
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限速</translation>
    </message>
    <message>
        <source>&amp;Transfer bandwidth:</source>
        <translation>传输带宽(&amp;T)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>清除缓存(&amp;C)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours and icons; Light and Dark use AssetDesk&apos;s own.</source>
        <translation>“系统”跟随桌面的颜色和图标；“浅色”和“深色”使用 AssetDesk 自带的配色和图标。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail &amp;size:</source>
        <translation>缩略图大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>缓存文件夹：</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>缓存大小：</translation>
    </message>
    <message>
        <source>Thumbnails of bucket objects, local copies of objects you previewed, and the thumbnails AssetDesk added to the desktop&apos;s shared thumbnail cache. They are made again when needed.</source>
        <translation>存储桶对象的缩略图、您预览过的对象的本地副本，以及 AssetDesk 添加到桌面共享缩略图缓存中的缩略图。需要时会重新生成。</translation>
    </message>
    <message>
        <source>Where each tool proposes to write. Empty: a folder under Pictures. A folder inside what is processed is never proposed, and writing into the library asks first.</source>
        <translation>各工具建议的写入位置。留空：“图片”下的一个文件夹。不会建议位于待处理内容之内的文件夹；写入素材库之前会先询问。</translation>
    </message>
    <message>
        <source>&amp;Batch Process:</source>
        <translation>批量处理(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Documents to Images:</source>
        <translation>文档转图片(&amp;D)：</translation>
    </message>
    <message>
        <source>Blind &amp;Watermark:</source>
        <translation>盲水印(&amp;W)：</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Never: keep them in AssetDesk&apos;s library only</source>
        <translation>从不：仅保存在 AssetDesk 的素材库中</translation>
    </message>
    <message>
        <source>Sidecar only: an .xmp file beside each original</source>
        <translation>仅附属文件 (sidecar)：在每个原文件旁写入一个 .xmp 文件</translation>
    </message>
    <message>
        <source>File and sidecar: into the file itself as well</source>
        <translation>文件和附属文件：同时写入文件本身</translation>
    </message>
    <message>
        <source>&amp;Write ratings, labels and tags:</source>
        <translation>写入评分、颜色标签和标签(&amp;W)：</translation>
    </message>
    <message>
        <source>Other programs (digiKam, darktable, Lightroom, Bridge) read them from the sidecar or the file. Writing into a file rewrites it; the picture itself is kept as it is.</source>
        <translation>其他程序（digiKam、darktable、Lightroom、Bridge）会从附属文件或文件本身读取这些信息。写入文件会重写该文件，但图片本身保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Automatic (%n at once)</source>
        <translation>
            <numerusform>自动（同时处理 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Files &amp;processed at once:</source>
        <translation>同时处理的文件数(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. gimp, krita, /usr/bin/darktable</source>
        <translation>例如 gimp、krita、/usr/bin/darktable</translation>
    </message>
    <message>
        <source>External &amp;editor:</source>
        <translation>外部编辑器(&amp;E)：</translation>
    </message>
    <message>
        <source>External Editor</source>
        <translation>外部编辑器</translation>
    </message>
    <message>
        <source>File &gt; Open with External Editor opens the selected files in it.</source>
        <translation>“文件 &gt; 用外部编辑器打开”会用它打开所选文件。</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1，共 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>正在清除…</translation>
    </message>
    <message numerus="yes">
        <source>Freed %1 (%n file(s)); %2 left</source>
        <translation>
            <numerusform>已释放 %1（%n 个文件）；剩余 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Transcode:</source>
        <translation>转码(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Album export:</source>
        <translation>相册导出(&amp;A)：</translation>
    </message>
    <message>
        <source>Video &amp;frames:</source>
        <translation>视频帧(&amp;F)：</translation>
    </message>
    <message>
        <source>Video t&amp;rims:</source>
        <translation>截取的片段(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Sprite sheets:</source>
        <translation>雪碧图(&amp;S)：</translation>
    </message>
    <message>
        <source>A&amp;nimated previews:</source>
        <translation>动图预览(&amp;N)：</translation>
    </message>
    <message>
        <source>Video &amp;posters:</source>
        <translation>视频海报帧(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ad::ui::PreviewPane</name>
    <message numerus="yes">
        <source>%n files selected</source>
        <translation>
            <numerusform>已选 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::QueryText</name>
    <message>
        <source>images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>other files</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>no colour label</source>
        <translation>无颜色标签</translation>
    </message>
    <message>
        <source>red label</source>
        <translation>红色标签</translation>
    </message>
    <message>
        <source>orange label</source>
        <translation>橙色标签</translation>
    </message>
    <message>
        <source>yellow label</source>
        <translation>黄色标签</translation>
    </message>
    <message>
        <source>green label</source>
        <translation>绿色标签</translation>
    </message>
    <message>
        <source>blue label</source>
        <translation>蓝色标签</translation>
    </message>
    <message>
        <source>purple label</source>
        <translation>紫色标签</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>早于 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>words “%1”</source>
        <translation>包含文字“%1”</translation>
    </message>
    <message>
        <source>extensions %1</source>
        <translation>扩展名 %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>大小 %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>修改于 %1</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <source>length %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>分辨率 %1</translation>
    </message>
    <message>
        <source>%1p</source>
        <translation>%1p</translation>
    </message>
    <message>
        <source>favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>标签为 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>everything in the catalogue</source>
        <translation>目录中的全部内容</translation>
    </message>
</context>
<context>
    <name>ad::ui::QuickLook</name>
    <message>
        <source>Quick Look</source>
        <translation>快速查看</translation>
    </message>
    <message>
        <source>%1 — Space or Esc closes, arrow keys move on</source>
        <translation>%1 — 按空格键或 Esc 关闭，按方向键切换</translation>
    </message>
    <message>
        <source>%1 — click the picture to play; Space or Esc closes, arrow keys move on</source>
        <translation>%1 — 点击画面播放；按空格键或 Esc 关闭，按方向键切换</translation>
    </message>
</context>
<context>
    <name>ad::ui::RenameDialog</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>ad::ui::RobustnessChart</name>
    <message numerus="yes">
        <source>%n picture(s), marked at %1 dB PSNR on average</source>
        <translation>
            <numerusform>%n 张图片，平均 PSNR %1 dB</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the report to see how the mark holds up.</source>
        <translation>运行报告，查看水印的稳健程度。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>mark read from every picture</source>
        <translation>每张图片都读出了水印</translation>
    </message>
    <message>
        <source>from some</source>
        <translation>部分图片</translation>
    </message>
    <message>
        <source>from none</source>
        <translation>没有图片</translation>
    </message>
    <message>
        <source>50 % = chance</source>
        <translation>50 % = 随机</translation>
    </message>
    <message>
        <source>Bits read right</source>
        <translation>读对的比特</translation>
    </message>
    <message>
        <source>Marking and attacking: each picture&apos;s bars appear when it is done.</source>
        <translation>正在加水印并攻击：每张图片完成后显示它的条形。</translation>
    </message>
    <message>
        <source>Each bar: the share of the mark&apos;s bits read right after that attack, averaged over the pictures. Beside it: that average, and how many of the pictures gave the mark back whole (3/3: all three). The table&apos;s Worst case is the lowest picture.</source>
        <translation>每个条形：该攻击后读对的水印比特比例，在所有图片上取平均。旁边：这个平均值，以及有多少张图片完整读回了水印（3/3：三张全部）。表格中的“最差情况”是最低的那张图片。</translation>
    </message>
</context>
<context>
    <name>ad::ui::RobustnessPage</name>
    <message>
        <source>&amp;Run Report</source>
        <translation>运行报告(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Drop pictures here</source>
        <translation>把图片拖到这里</translation>
    </message>
    <message>
        <source>Your styles, one per line: name&lt;Tab&gt;processing, or a processing string such as imageMogr2/thumbnail/800x</source>
        <translation>您的样式，每行一个：名称&lt;Tab&gt;处理参数，或直接写处理参数，例如 imageMogr2/thumbnail/800x</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Bit accuracy</source>
        <translation>比特准确率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PSNR</source>
        <translation>PSNR</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Pictures for the Report</source>
        <translation>报告所用图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.avif *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.avif *.bmp)</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>Attacks:</source>
        <translation>攻击：</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Style on line %1: %2</source>
        <translation>第 %1 行的样式：%2</translation>
    </message>
    <message>
        <source>Add at least one picture.</source>
        <translation>请至少添加一张图片。</translation>
    </message>
    <message>
        <source>Choose at least one attack or style.</source>
        <translation>请至少选择一种攻击或样式。</translation>
    </message>
    <message>
        <source>Mark image: %1</source>
        <translation>水印图片：%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Cancelled; the rows so far are kept.</source>
        <translation>已取消；已完成的行会保留。</translation>
    </message>
    <message>
        <source>&amp;Load Styles…</source>
        <translation>载入样式(&amp;L)…</translation>
    </message>
    <message>
        <source>Style List</source>
        <translation>样式列表</translation>
    </message>
    <message>
        <source>Style lists (*.txt *.tsv);;All files (*)</source>
        <translation>样式列表 (*.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>more attacks, your parameters: jpeg:15, crop:60:br, scale:40+jpeg:30</source>
        <translation>更多攻击，使用你的参数：jpeg:15, crop:60:br, scale:40+jpeg:30</translation>
    </message>
    <message>
        <source>jpeg:QUALITY, webp:QUALITY, scale:PERCENT, stretch:X%:Y%, crop:KEEP%[:tl|t|tr|l|c|r|bl|b|br], rotate:DEGREES, blur:SIGMA, noise:SIGMA, grey, levels:BLACK:WHITE, contrast:PERCENT; join with + to chain them, separate with commas</source>
        <translation>jpeg:质量, webp:质量, scale:百分比, stretch:X%:Y%, crop:保留百分比%[:tl|t|tr|l|c|r|bl|b|br], rotate:角度, blur:SIGMA, noise:SIGMA, grey, levels:黑场:白场, contrast:百分比；用 + 将多个攻击串联，用逗号分隔</translation>
    </message>
    <message>
        <source>Worst case</source>
        <translation>最差情况</translation>
    </message>
    <message>
        <source>The attack “%1” is not understood; hover over the field for the forms it takes.</source>
        <translation>无法识别攻击“%1”；将鼠标悬停在该字段上可查看支持的写法。</translation>
    </message>
    <message>
        <source>The report shown was made with other pictures or another mark: run it again to see these.</source>
        <translation>当前显示的报告是用其他图片或其他水印生成的：请重新运行以查看当前设置的结果。</translation>
    </message>
    <message>
        <source>The share of the mark&apos;s bits read right from the attacked copy, before error correction; 50 % is chance.</source>
        <translation>从受攻击副本中读对的水印比特比例（纠错之前）；50 % 相当于随机。</translation>
    </message>
    <message>
        <source>WatermarkStatus, 0-100, as the cloud reports it: above 75 present, 60-75 probably present, below 60 not found.</source>
        <translation>WatermarkStatus，0-100，与云端报告的一致：高于 75 为有水印，60-75 为可能有水印，低于 60 为无水印。</translation>
    </message>
    <message>
        <source>How close the attacked copy stays to the marked picture, in dB; “—” when the attack changes its size, so the two cannot be compared pixel by pixel.</source>
        <translation>受攻击副本与加水印图片的接近程度，单位 dB；攻击改变了尺寸时为“—”，两者无法逐像素比较。</translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation>%1 未计入：%2</translation>
    </message>
    <message>
        <source>The lowest bit accuracy of this row&apos;s attack over every picture reported: named when it is another picture, in bold on that picture&apos;s own row.</source>
        <translation>该攻击在所有已报告图片上的最低比特准确率：若出自另一张图片则注明其名称，在该图片自己的行中以粗体显示。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Lowest over the %n picture(s) reported: %1</source>
        <translation>
            <numerusform>在已报告的 %n 张图片中最低：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Robustness report, in the Blind Watermark window</source>
        <translation>稳健性报告（在“盲水印”窗口中）</translation>
    </message>
    <message>
        <source>Add the pictures to mark and attack: Add…, or drop them on the list.</source>
        <translation>请添加要加水印并攻击的图片：点“添加…”，或把图片拖到列表中。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n picture(s) marked and attacked.</source>
        <translation>
            <numerusform>完成：已对 %n 张图片加水印并施加攻击。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::Seconds</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>ad::ui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>查找操作或按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
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
<context>
    <name>ad::ui::StyleEditorWindow</name>
    <message>
        <source>Style Editor</source>
        <translation>样式编辑器</translation>
    </message>
    <message>
        <source>&amp;Processing:</source>
        <translation>处理参数(&amp;P)：</translation>
    </message>
    <message>
        <source>Operations, in order:</source>
        <translation>操作（按顺序）：</translation>
    </message>
    <message>
        <source>Drag to reorder; uncheck to disable without deleting</source>
        <translation>拖动以调整顺序；取消勾选可停用而不删除</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected operation (%1)</source>
        <translation>移除所选操作（%1）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up (%1)</source>
        <translation>上移（%1）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down (%1)</source>
        <translation>下移（%1）</translation>
    </message>
    <message>
        <source>&amp;Style</source>
        <translation>样式(&amp;S)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save to Library</source>
        <translation>保存到样式库(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy Cloud &amp;URL</source>
        <translation>复制云端 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Pic-Operations</source>
        <translation>复制 Pic-Operations(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection…</source>
        <translation>应用到所选(&amp;A)…</translation>
    </message>
    <message>
        <source>Fix the processing string before applying it.</source>
        <translation>请先修正处理参数再应用。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1
Starts a new imageMogr2 stage.</source>
        <translation>%1
开始一个新的 imageMogr2 阶段。</translation>
    </message>
    <message>
        <source>Style Editor — %1</source>
        <translation>样式编辑器 — %1</translation>
    </message>
    <message>
        <source>Only a processing string without errors can be saved.</source>
        <translation>只能保存没有错误的处理参数。</translation>
    </message>
    <message>
        <source>Saved %1 to the library.</source>
        <translation>已将 %1 保存到样式库。</translation>
    </message>
    <message>
        <source>Save Style</source>
        <translation>保存样式</translation>
    </message>
    <message>
        <source>Style Editor — unsaved</source>
        <translation>样式编辑器 — 未保存</translation>
    </message>
    <message>
        <source>Copied the cloud URL: %1</source>
        <translation>已复制云端 URL：%1</translation>
    </message>
    <message>
        <source>Copied the Pic-Operations header: %1</source>
        <translation>已复制 Pic-Operations 请求头：%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New Style</source>
        <translation>新建样式</translation>
    </message>
    <message>
        <source>Discard the changes to the current style?</source>
        <translation>放弃对当前样式的更改？</translation>
    </message>
    <message>
        <source>“%1” is not a style name: use 1 to 64 letters, digits, _ - or .</source>
        <translation>“%1”不是有效的样式名：请使用 1 到 64 个字母、数字、_、- 或 .</translation>
    </message>
    <message>
        <source>Style &amp;name:</source>
        <translation>样式名(&amp;N)：</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, _ - or .</source>
        <translation>1 到 64 个字母、数字、_、- 或 .</translation>
    </message>
    <message>
        <source>Save the new style before closing?</source>
        <translation>关闭前保存新样式吗？</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>关闭前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Took the processing from the pasted URL.</source>
        <translation>已从粘贴的 URL 中取得处理参数。</translation>
    </message>
    <message>
        <source>Took the processing from the URL of %1.</source>
        <translation>已从 %1 的 URL 中取得处理参数。</translation>
    </message>
    <message>
        <source>Style %1 came from the library.</source>
        <translation>样式 %1 取自样式库。</translation>
    </message>
    <message>
        <source>Dropped: %1.</source>
        <translation>已舍弃：%1。</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>预览 %1</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Previewing %1.</source>
        <translation>正在预览 %1。</translation>
    </message>
    <message>
        <source>Compare with &amp;Cloud…</source>
        <translation>与云端比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare &amp;Scratch Location…</source>
        <translation>比较用临时位置(&amp;S)…</translation>
    </message>
    <message>
        <source>Run the style in Cloud Infinite too and compare its result with the local one</source>
        <translation>同时在数据万象中运行该样式，并将其结果与本地结果比较</translation>
    </message>
    <message>
        <source>Needs a COS connection (File ▸ Cloud Connections)</source>
        <translation>需要 COS 连接（文件 ▸ 云端连接）</translation>
    </message>
    <message>
        <source>Compare with Cloud</source>
        <translation>与云端比较</translation>
    </message>
    <message>
        <source>The cloud can only process a picture that is in a bucket. This picture is uploaded below the scratch prefix for the comparison and removed afterwards. Remembered; Style ▸ Compare Scratch Location changes it.</source>
        <translation>云端只能处理存储桶中的图片。为进行比较，此图片会上传到临时前缀下，完成后删除。此设置会被记住；可通过“样式 ▸ 比较用临时位置”更改。</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>存储桶(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Scratch prefix:</source>
        <translation>临时前缀(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 is not a COS bucket; type it as cos://bucket-appid/</source>
        <translation>%1 不是 COS 存储桶；请写成 cos://bucket-appid/ 形式</translation>
    </message>
    <message>
        <source>Fix the processing string before comparing it with the cloud.</source>
        <translation>请先修正处理参数，再与云端比较。</translation>
    </message>
    <message>
        <source>Open a picture to compare first.</source>
        <translation>请先打开要比较的图片。</translation>
    </message>
    <message>
        <source>The pasted URL carries no processing; the string is unchanged.</source>
        <translation>粘贴的 URL 不含处理参数；处理参数保持不变。</translation>
    </message>
    <message>
        <source>Sync with &amp;Bucket…</source>
        <translation>与存储桶同步(&amp;B)…</translation>
    </message>
    <message>
        <source>Type or choose a style first.</source>
        <translation>请先输入或选择一个样式。</translation>
    </message>
    <message>
        <source>Add an operation, chosen by category (Ctrl+Shift+A)</source>
        <translation>按类别选择并添加操作（Ctrl+Shift+A）</translation>
    </message>
</context>
<context>
    <name>ad::ui::StyleLibraryPanel</name>
    <message>
        <source>&lt;b&gt;Style library&lt;/b&gt;</source>
        <translation>&lt;b&gt;样式库&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Insert as style/&lt;name&gt;</source>
        <translation>以 style/&lt;名称&gt; 插入</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n style(s); a bucket keeps at most 100.</source>
        <translation>
            <numerusform>%n 个样式；一个存储桶最多保存 100 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>%n 个样式</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated %1 as %2.</source>
        <translation>已将 %1 复制为 %2。</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>已将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Renamed %1 to %2 and updated %3.</source>
        <translation>已将 %1 重命名为 %2，并更新了 %3。</translation>
    </message>
    <message>
        <source>Rename Style</source>
        <translation>重命名样式</translation>
    </message>
    <message>
        <source>New name (letters, digits, _ - .):</source>
        <translation>新名称（字母、数字、_ - .）：</translation>
    </message>
    <message>
        <source>Delete the style %1?</source>
        <translation>删除样式 %1？</translation>
    </message>
    <message>
        <source>Delete the style %1? %2 use it as style/%1 and will fail until it is saved again.</source>
        <translation>删除样式 %1？%2 以 style/%1 引用它，在重新保存之前会失败。</translation>
    </message>
    <message>
        <source>Delete Style</source>
        <translation>删除样式</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n style(s) from %2.</source>
        <translation>
            <numerusform>已从 %2 导入 %n 个样式中的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n style(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个样式到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Styles</source>
        <translation>导入样式</translation>
    </message>
    <message>
        <source>Style lists (*.json *.tsv *.txt);;All files (*)</source>
        <translation>样式列表 (*.json *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace styles that have the same name?</source>
        <translation>替换同名样式吗？</translation>
    </message>
    <message>
        <source>Export Styles</source>
        <translation>导出样式</translation>
    </message>
    <message>
        <source>JSON (*.json);;Name and processing, tab-separated (*.tsv)</source>
        <translation>JSON (*.json);;名称与处理参数，制表符分隔 (*.tsv)</translation>
    </message>
    <message>
        <source>Sync with Bucket…</source>
        <translation>与存储桶同步…</translation>
    </message>
</context>
<context>
    <name>ad::ui::StylePreview</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分屏</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Full Resolution</source>
        <translation>全分辨率</translation>
    </message>
    <message>
        <source>Render the original instead of the reduced proxy (Ctrl+R)</source>
        <translation>渲染原图而非缩小的代理图（Ctrl+R）</translation>
    </message>
    <message>
        <source>Select a picture in the main window, or drop one here.</source>
        <translation>在主窗口中选择一张图片，或拖放到此处。</translation>
    </message>
    <message>
        <source>Cannot preview %1:
%2</source>
        <translation>无法预览 %1：
%2</translation>
    </message>
    <message>
        <source>The style fails on %1.</source>
        <translation>样式在 %1 上失败。</translation>
    </message>
    <message>
        <source>A JSON answer of %1</source>
        <translation>%1 的 JSON 结果</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Preview of a %1 px proxy of the %2 × %3 original: sizes in pixels follow the proxy. Full Resolution (Ctrl+R) renders the original.</source>
        <translation>预览的是 %2 × %3 原图的 %1 像素代理图：像素尺寸以代理图为准。全分辨率（Ctrl+R）渲染原图。</translation>
    </message>
    <message>
        <source>Rendered at full resolution.</source>
        <translation>已按全分辨率渲染。</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
</context>
<context>
    <name>ad::ui::StyleStringEdit</name>
    <message>
        <source>imageMogr2/thumbnail/800x/quality/80|watermark/2/text/…</source>
        <translation>imageMogr2/thumbnail/800x/quality/80|watermark/2/text/…</translation>
    </message>
</context>
<context>
    <name>ad::ui::StyleSyncDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sync Styles with Bucket</source>
        <translation>与存储桶同步样式</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>样式库中</translation>
    </message>
    <message>
        <source>In the bucket</source>
        <translation>存储桶中</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>已完成 %v/%m</translation>
    </message>
    <message>
        <source>Run the chosen actions: one write to the bucket a second</source>
        <translation>执行所选操作：每秒向存储桶写入一次</translation>
    </message>
    <message>
        <source>No COS connection is saved. Add one in File &gt; Cloud Connections, then open this window again.</source>
        <translation>尚未保存 COS 连接。请在“文件 &gt; 云端连接”中添加，然后重新打开此窗口。</translation>
    </message>
    <message>
        <source>Choose the bucket and press Compare.</source>
        <translation>请选择存储桶，然后点击“比较”。</translation>
    </message>
    <message>
        <source>Type the bucket&apos;s name first.</source>
        <translation>请先输入存储桶名称。</translation>
    </message>
    <message>
        <source>Reading the styles of %1…</source>
        <translation>正在读取 %1 的样式…</translation>
    </message>
    <message>
        <source>Could not read the styles of %1: %2</source>
        <translation>无法读取 %1 的样式：%2</translation>
    </message>
    <message>
        <source>%1: %2 only here, %3 only in the bucket, %4 differ, %5 the same.</source>
        <translation>%1：仅在本地 %2 个，仅在存储桶 %3 个，不同 %4 个，相同 %5 个。</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>仅在本地</translation>
    </message>
    <message>
        <source>Only in the bucket</source>
        <translation>仅在存储桶</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Push local</source>
        <translation>推送本地样式</translation>
    </message>
    <message>
        <source>Pull from the bucket</source>
        <translation>从存储桶拉取</translation>
    </message>
    <message>
        <source>Delete in the bucket</source>
        <translation>在存储桶中删除</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>Nothing to do: every style is set to Skip.</source>
        <translation>无事可做：所有样式都设为“跳过”。</translation>
    </message>
    <message>
        <source>Stopping after the style being sent…</source>
        <translation>发送完当前样式后停止…</translation>
    </message>
    <message>
        <source>pulling %1</source>
        <translation>正在拉取 %1</translation>
    </message>
    <message>
        <source>pushing %1</source>
        <translation>正在推送 %1</translation>
    </message>
    <message>
        <source>deleting %1 in the bucket</source>
        <translation>正在存储桶中删除 %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3…</source>
        <translation>%1/%2：%3…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>已拉取</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>Deleted in the bucket</source>
        <translation>已在存储桶中删除</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 done, %3 failed, %4 not run.</source>
        <translation>已取消：%2 项中完成 %1 项，失败 %3 项，未执行 %4 项。</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed (see Result).</source>
        <translation>%2 项中完成 %1 项，失败 %3 项（见“结果”列）。</translation>
    </message>
    <message>
        <source>Done: %1 of %2.</source>
        <translation>完成：%1/%2。</translation>
    </message>
    <message>
        <source>Deleted in the bucket: %1.</source>
        <translation>已在存储桶中删除：%1。</translation>
    </message>
    <message>
        <source>bucket name, e.g. photos-1250000000 (the connection&apos;s APPID is added when missing)</source>
        <translation>存储桶名称，例如 photos-1250000000（缺少时会自动加上连接的 APPID）</translation>
    </message>
</context>
<context>
    <name>ad::ui::ThumbnailDelegate</name>
    <message numerus="yes">
        <source>%n p.</source>
        <comment>page count on a thumbnail</comment>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::ui::TranscodeDialog</name>
    <message>
        <source>Transcode</source>
        <translation>转码</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (no encoder in this FFmpeg)</source>
        <translation>%1 — %2（此 FFmpeg 中没有对应编码器）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Clips:</source>
        <translation>片段：</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>&amp;Transcode</source>
        <translation>转码(&amp;T)</translation>
    </message>
    <message>
        <source>Writes .%1 files with the sound only.</source>
        <translation>写入仅含声音的 .%1 文件。</translation>
    </message>
    <message>
        <source>Writes .%1 files; pictures larger than the preset are made smaller, smaller ones keep their size.</source>
        <translation>写入 .%1 文件；画面大于预设的会缩小，较小的保持原尺寸。</translation>
    </message>
    <message>
        <source>Select video or sound files in the library first.</source>
        <translation>请先在素材库中选择视频或音频文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) will be transcoded. Existing files are kept: new ones get a number.</source>
        <translation>
            <numerusform>将转码 %n 个片段。现有文件会保留：新文件名会加上编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot transcode: %1</source>
        <translation>无法转码：%1</translation>
    </message>
</context>
<context>
    <name>ad::ui::UploadDialog</name>
    <message>
        <source>cos://bucket-appid/prefix/</source>
        <translation>cos://bucket-appid/prefix/</translation>
    </message>
    <message>
        <source>A COS bucket prefix (cos://bucket-appid/prefix/), an S3 one (s3://bucket/prefix/) or a folder</source>
        <translation>COS 存储桶前缀（cos://bucket-appid/prefix/）、S3 前缀（s3://bucket/prefix/）或文件夹</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Process on upload:</source>
        <translation>上传时处理：</translation>
    </message>
    <message>
        <source>Processing on upload needs a COS bucket (cos://).</source>
        <translation>上传时处理需要 COS 存储桶（cos://）。</translation>
    </message>
    <message>
        <source>The files are uploaded as they are.</source>
        <translation>文件按原样上传。</translation>
    </message>
    <message>
        <source>Each picture is stored as it is, and the cloud stores the result of “%1” beside it as name-%1.ext. The job&apos;s report in the Jobs panel lists the results.</source>
        <translation>每张图片按原样存储，云端会将“%1”的处理结果以 name-%1.ext 的名称存储在旁边。“任务”面板中的任务报告会列出这些结果。</translation>
    </message>
</context>
<context>
    <name>ad::ui::UploadStyleBox</name>
    <message>
        <source>A style from the style library that the cloud applies to each uploaded picture. The original is stored as it is; the result goes beside it as name-style.ext. COS buckets only.</source>
        <translation>云端对每张上传的图片应用的样式库样式。原图按原样存储；结果以 name-style.ext 的名称存储在旁边。仅限 COS 存储桶。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ad::ui::VideoExportDialog</name>
    <message>
        <source>Save Frame</source>
        <translation>保存帧</translation>
    </message>
    <message>
        <source>Saves the frame shown at %1 of %2 at the clip&apos;s full size.</source>
        <translation>以片段的完整尺寸保存 %2 中 %1 处显示的帧。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>截取片段</translation>
    </message>
    <message>
        <source>Writes the part of %1 between the in and out points to a new file; the clip itself is not changed.</source>
        <translation>将 %1 中入点与出点之间的部分写入新文件；原视频不会被更改。</translation>
    </message>
    <message>
        <source>&amp;Exact cut (re-encodes as H.264 MP4; slower)</source>
        <translation>精确截取(&amp;E)（重新编码为 H.264 MP4；较慢）</translation>
    </message>
    <message>
        <source>&amp;In point:</source>
        <translation>入点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Out point:</source>
        <translation>出点(&amp;O)：</translation>
    </message>
    <message>
        <source>The new clip starts and ends on the frames you chose.</source>
        <translation>新片段将在你选择的帧处开始和结束。</translation>
    </message>
    <message>
        <source>The clip&apos;s data is copied without re-encoding, so cuts fall on key frames: the start moves back to the key frame at or before the in point and the end on to the one at or after the out point.</source>
        <translation>片段数据不经重新编码直接复制，因此剪切点落在关键帧上：起点前移到入点处或之前的关键帧，终点后移到出点处或之后的关键帧。</translation>
    </message>
    <message>
        <source>Make Sprite Sheet</source>
        <translation>生成雪碧图</translation>
    </message>
    <message>
        <source>Evenly spaced frames of %1 on one picture, for scrub bars and overviews.</source>
        <translation>将 %1 中均匀间隔的帧拼在一张图片上，用于拖动预览条和概览。</translation>
    </message>
    <message>
        <source>Make Animated Preview</source>
        <translation>生成动图预览</translation>
    </message>
    <message>
        <source>A short animated picture of %1.</source>
        <translation>%1 的简短动图。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为:</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name: AssetDesk does not replace files.</source>
        <translation>%1 已存在。请选择其他名称：AssetDesk 不会替换文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Saved %1: %2 to %3, re-encoded.</source>
        <translation>已保存 %1：%2 至 %3，已重新编码。</translation>
    </message>
    <message>
        <source>Saved %1: %2 to %3, copied without re-encoding (cut on key frames).</source>
        <translation>已保存 %1：%2 至 %3，未经重新编码直接复制（在关键帧处剪切）。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The same frame as a Cloud Infinite processing string:</source>
        <translation>同一帧的数据万象（Cloud Infinite）处理字符串：</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3).</source>
        <translation>已保存 %1（%2 × %3）。</translation>
    </message>
    <message>
        <source>Nothing was written: the clip has no key frame between %1 and %2, so a copy without re-encoding would hold %3 to %4 instead of the part you chose. Tick Exact cut and save again to re-encode just that part.</source>
        <translation>未写入任何内容：该片段在 %1 到 %2 之间没有关键帧，因此不重新编码的复制将包含 %3 到 %4，而不是你选择的部分。勾选“精确截取”后再次保存，即可只重新编码这一部分。</translation>
    </message>
</context>
<context>
    <name>ad::ui::VideoOptions</name>
    <message>
        <source>&amp;Frames:</source>
        <translation>帧数(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列数(&amp;C)：</translation>
    </message>
    <message>
        <source>Frame &amp;width:</source>
        <translation>帧宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L)：</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>每秒帧数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
</context>
<context>
    <name>ad::ui::VideoPlayer</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格）</translation>
    </message>
    <message>
        <source>Previous frame (,)</source>
        <translation>上一帧（,）</translation>
    </message>
    <message>
        <source>Next frame (.)</source>
        <translation>下一帧（.）</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>No audio output on this machine</source>
        <translation>本机没有音频输出设备</translation>
    </message>
    <message>
        <source>This computer has no sound output, so the clip plays muted.</source>
        <translation>本机没有声音输出设备，因此片段将静音播放。</translation>
    </message>
    <message>
        <source>AssetDesk is not allowed to read this file.</source>
        <translation>AssetDesk 无权读取此文件。</translation>
    </message>
    <message>
        <source>The clip could not be read over the network.</source>
        <translation>无法通过网络读取此片段。</translation>
    </message>
    <message>
        <source>This file is damaged or is not a video or sound format AssetDesk can read.</source>
        <translation>此文件已损坏，或不是 AssetDesk 能读取的视频或音频格式。</translation>
    </message>
    <message>
        <source>This system cannot play %1 video in a .%2 file: the playback plug-in for it is not installed. The picture is a frame AssetDesk decoded itself.</source>
        <translation>此系统无法播放 .%2 文件中的 %1 视频：未安装相应的播放插件。显示的画面是 AssetDesk 自行解码的一帧。</translation>
    </message>
    <message>
        <source>This system cannot play %1 audio in a .%2 file: the playback plug-in for it is not installed.</source>
        <translation>此系统无法播放 .%2 文件中的 %1 音频：未安装相应的播放插件。</translation>
    </message>
    <message>
        <source>This file holds no video or sound AssetDesk can play.</source>
        <translation>此文件不含 AssetDesk 能播放的视频或声音。</translation>
    </message>
    <message>
        <source>Position (J and L: 5 seconds back or on; I and O: trim in and out points)</source>
        <translation>播放位置（J 和 L：后退或前进 5 秒；I 和 O：截取的入点和出点）</translation>
    </message>
</context>
<context>
    <name>ad::ui::VideoPostersDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected clip(s)</source>
        <translation>
            <numerusform>所选的 %n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Every clip in a &amp;folder:</source>
        <translation>文件夹中的所有片段(&amp;F)：</translation>
    </message>
    <message>
        <source>A poster (one frame)</source>
        <translation>海报帧（单帧）</translation>
    </message>
    <message>
        <source>A sprite sheet</source>
        <translation>雪碧图</translation>
    </message>
    <message>
        <source>An animated preview</source>
        <translation>动图预览</translation>
    </message>
    <message>
        <source>The &amp;best frame instead (black, blank and blurred frames are passed over)</source>
        <translation>改用最佳帧(&amp;B)（跳过黑帧、空白帧和模糊帧）</translation>
    </message>
    <message>
        <source>the clip&apos;s own</source>
        <translation>片段自身的</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Clips:</source>
        <translation>片段:</translation>
    </message>
    <message>
        <source>Folder of Clips</source>
        <translation>片段文件夹</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>生成(&amp;M)：</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹:</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Each clip gets its own file in the output folder; a name already taken gets a number, and the job&apos;s report says so.</source>
        <translation>每个片段在输出文件夹中生成各自的文件；若名称已被占用，会附加编号，并在任务报告中注明。</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>Every clip under a &amp;bucket prefix:</source>
        <translation>存储桶前缀下的所有片段(&amp;B)：</translation>
    </message>
    <message>
        <source>s3://bucket/folder/ or cos://bucket/folder/</source>
        <translation>s3://bucket/folder/ 或 cos://bucket/folder/</translation>
    </message>
    <message>
        <source>Each clip is downloaded once, as it is reached, into the cache the viewers share; folders below the prefix are not included.</source>
        <translation>每个片段在轮到时下载一次，存入查看器共用的缓存；不包括前缀下的子文件夹。</translation>
    </message>
    <message>
        <source>Enter a bucket location such as s3://bucket/folder/ (the connection&apos;s credentials are used).</source>
        <translation>请输入存储桶位置，例如 s3://bucket/folder/（使用该连接的凭据）。</translation>
    </message>
    <message>
        <source>Looking for clips under %1…</source>
        <translation>正在查找 %1 下的片段…</translation>
    </message>
    <message>
        <source>Video Posters and Sprites</source>
        <translation>视频海报帧和雪碧图</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
</context>
<context>
    <name>ad::ui::VideoTools</name>
    <message>
        <source>&amp;Video</source>
        <translation>视频(&amp;V)</translation>
    </message>
    <message>
        <source>Save &amp;Frame…</source>
        <translation>保存帧(&amp;F)…</translation>
    </message>
    <message>
        <source>Set as &amp;Cover</source>
        <translation>设为封面(&amp;C)</translation>
    </message>
    <message>
        <source>The frame shown becomes the clip&apos;s thumbnail in the library</source>
        <translation>将当前显示的帧设为该片段在库中的缩略图</translation>
    </message>
    <message>
        <source>Use &amp;Default Cover</source>
        <translation>使用默认封面(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;In Point	I</source>
        <translation>设置入点(&amp;I)	I</translation>
    </message>
    <message>
        <source>Set &amp;Out Point	O</source>
        <translation>设置出点(&amp;O)	O</translation>
    </message>
    <message>
        <source>&amp;Trim…</source>
        <translation>截取片段(&amp;T)…</translation>
    </message>
    <message>
        <source>Make &amp;Sprite Sheet…</source>
        <translation>生成雪碧图(&amp;S)…</translation>
    </message>
    <message>
        <source>Make &amp;Animated Preview…</source>
        <translation>生成动图预览(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ad::ui::ViewerKeys</name>
    <message>
        <source>Previous file</source>
        <translation>上一个文件</translation>
    </message>
    <message>
        <source>Next file</source>
        <translation>下一个文件</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>第一个文件</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>最后一个文件</translation>
    </message>
    <message>
        <source>Rotate left on screen</source>
        <translation>屏幕上向左旋转</translation>
    </message>
    <message>
        <source>Rotate right on screen</source>
        <translation>屏幕上向右旋转</translation>
    </message>
    <message>
        <source>Show or hide the filmstrip</source>
        <translation>显示或隐藏胶片条</translation>
    </message>
    <message>
        <source>Start or stop the slideshow</source>
        <translation>开始或停止幻灯片放映</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>End the slideshow or full screen, else close the viewer</source>
        <translation>结束幻灯片放映或全屏，否则关闭查看器</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>实际大小（100%）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Play or pause an animation</source>
        <translation>播放或暂停动画</translation>
    </message>
    <message>
        <source>Show or hide the histogram</source>
        <translation>显示或隐藏直方图</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>后退一帧</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>前进一帧</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <source>Set the in point (trim start)</source>
        <translation>设置入点（截取开始）</translation>
    </message>
    <message>
        <source>Set the out point (trim end)</source>
        <translation>设置出点（截取结束）</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>适合页宽</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>复制所选文字</translation>
    </message>
    <message>
        <source>Select the page&apos;s text</source>
        <translation>选择本页文字</translation>
    </message>
    <message>
        <source>Viewer › Pictures</source>
        <translation>查看器 › 图片</translation>
    </message>
    <message>
        <source>Viewer › Clips</source>
        <translation>查看器 › 视频</translation>
    </message>
    <message>
        <source>Viewer › Documents</source>
        <translation>查看器 › 文档</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>在文档中查找</translation>
    </message>
</context>
<context>
    <name>ad::ui::ViewerWindow</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>%1 on screen; the file is not changed (%2)</source>
        <translation>在屏幕上%1；文件本身不变（%2）</translation>
    </message>
    <message>
        <source>Filmstrip</source>
        <translation>胶片栏</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>幻灯片放映</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>随机顺序</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Slideshow (F5); the arrow beside it sets the interval and the order. Esc ends it.</source>
        <translation>幻灯片放映（F5）；旁边的箭头用于设置间隔和顺序。按 Esc 结束。</translation>
    </message>
    <message>
        <source>Stop Slideshow</source>
        <translation>停止幻灯片放映</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Save Frame, Set as Cover, Trim, sprite sheets and animated previews</source>
        <translation>保存帧、设为封面、截取片段、雪碧图和动图预览</translation>
    </message>
</context>
<context>
    <name>ad::ui::WatermarkEmbedPage</name>
    <message>
        <source>&amp;Embed</source>
        <translation>嵌入(&amp;E)</translation>
    </message>
    <message>
        <source>Embed in &amp;Batch…</source>
        <translation>批量嵌入(&amp;B)…</translation>
    </message>
    <message>
        <source>the picture to mark</source>
        <translation>要加水印的图片</translation>
    </message>
    <message>
        <source>where the marked copy goes (the original is kept)</source>
        <translation>加水印副本的保存位置（原图保持不变）</translation>
    </message>
    <message>
        <source>The processing string: use it in styles, batches or the cloud</source>
        <translation>处理参数：可用于样式、批处理或云端</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Picture to Mark</source>
        <translation>要加水印的图片</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
    <message>
        <source>Marked Copy</source>
        <translation>加水印的副本</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>图片(&amp;P)：</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>输出(&amp;U)：</translation>
    </message>
    <message>
        <source>Processing:</source>
        <translation>处理参数：</translation>
    </message>
    <message>
        <source>Choose a picture to mark.</source>
        <translation>请选择要加水印的图片。</translation>
    </message>
    <message>
        <source>Choose another output: the original is never overwritten.</source>
        <translation>请选择其他输出位置：不会覆盖原图。</translation>
    </message>
    <message>
        <source>Embedding…</source>
        <translation>正在嵌入…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Marked copy</source>
        <translation>加水印的副本</translation>
    </message>
    <message>
        <source>The change, ×10</source>
        <translation>改动，放大 10 倍</translation>
    </message>
    <message>
        <source>Blind Watermark</source>
        <translation>盲水印</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>Replace it, or keep both and write the marked copy under a new name?</source>
        <translation>替换它，还是两者都保留并以新名称写入带水印的副本？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>两者都保留(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>the marked copy&apos;s key in the bucket</source>
        <translation>加水印副本在存储桶中的对象键</translation>
    </message>
    <message>
        <source>leave empty to keep the marked copy in the bucket only</source>
        <translation>留空则加水印副本只保存在存储桶中</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Local Copy of the Marked Picture</source>
        <translation>加水印图片的本地副本</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>&amp;Key in bucket:</source>
        <translation>存储桶中的对象键(&amp;K)：</translation>
    </message>
    <message>
        <source>Save a cop&amp;y to:</source>
        <translation>副本另存到(&amp;Y)：</translation>
    </message>
    <message>
        <source>the picture to mark: a file, or cos://bucket/key</source>
        <translation>要加水印的图片：文件，或 cos://bucket/key</translation>
    </message>
    <message>
        <source>Name the marked copy&apos;s key in the bucket.</source>
        <translation>请填写加水印副本在存储桶中的对象键。</translation>
    </message>
    <message>
        <source>Connecting to the cloud…</source>
        <translation>正在连接云端…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was marked.</source>
        <translation>已取消；未添加水印。</translation>
    </message>
    <message>
        <source>Marked in the cloud: %1 — %2 × %3, %4</source>
        <translation>已在云端加水印：%1 —— %2 × %3，%4</translation>
    </message>
    <message>
        <source>A copy is at %1.</source>
        <translation>副本位于 %1。</translation>
    </message>
    <message>
        <source>Marked copy, from the cloud</source>
        <translation>加水印的副本（来自云端）</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>This %1 × %2 picture is too small for a blind watermark: it needs at least %3 pixels on its shorter side.</source>
        <translation>这张 %1 × %2 的图片太小，无法添加盲水印：较短边至少需要 %3 像素。</translation>
    </message>
    <message>
        <source>%1 is not a picture that can be read.</source>
        <translation>%1 不是可以读取的图片。</translation>
    </message>
    <message>
        <source>Wrote %1 — %2 × %3, %4, PSNR %5 dB as saved, against the original</source>
        <translation>已写入 %1 —— %2 × %3，%4，保存后的文件相对原图 PSNR %5 dB</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ad::ui::WatermarkExtractPage</name>
    <message>
        <source>E&amp;xtract</source>
        <translation>提取(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Save Mark…</source>
        <translation>保存水印(&amp;S)…</translation>
    </message>
    <message>
        <source>the picture that may carry a mark</source>
        <translation>可能带有水印的图片</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Suspect Picture</source>
        <translation>待检图片</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>图片(&amp;P)：</translation>
    </message>
    <message>
        <source>Save Recovered Mark</source>
        <translation>保存提取出的水印</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Choose the picture to examine.</source>
        <translation>请选择要检查的图片。</translation>
    </message>
    <message>
        <source>Searching for the mark…</source>
        <translation>正在查找水印…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Watermark present</source>
        <translation>有水印</translation>
    </message>
    <message>
        <source>No watermark found</source>
        <translation>未发现水印</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>the picture that may carry a mark: a file, or cos://bucket/key</source>
        <translation>可能带有水印的图片：文件，或 cos://bucket/key</translation>
    </message>
    <message>
        <source>Connecting to the cloud…</source>
        <translation>正在连接云端…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>未读取任何内容。</translation>
    </message>
    <message>
        <source>Watermark probably present</source>
        <translation>可能有水印</translation>
    </message>
    <message>
        <source>The cloud wrote the text it read as a picture</source>
        <translation>云端将读出的文字写成了一张图片</translation>
    </message>
    <message>
        <source>Mark extracted: compare it with yours</source>
        <translation>已提取水印：请与您的水印比较</translation>
    </message>
    <message>
        <source>Read in the cloud from cos://%1/%2.</source>
        <translation>已在云端从 cos://%1/%2 读取。</translation>
    </message>
    <message>
        <source>What it extracted is at cos://%1/%2.</source>
        <translation>提取结果位于 cos://%1/%2。</translation>
    </message>
    <message>
        <source>Written by the cloud</source>
        <translation>由云端写出</translation>
    </message>
    <message>
        <source>Your mark, as compared (16 × 16)</source>
        <translation>您的水印，按比对方式（16 × 16）</translation>
    </message>
    <message>
        <source>Recovered mark (16 × 16)</source>
        <translation>恢复的水印（16 × 16）</translation>
    </message>
    <message>
        <source>The picture examined: %1</source>
        <translation>所检查的图片：%1</translation>
    </message>
    <message>
        <source>How closely the picture matches the mark given (the cloud&apos;s WatermarkStatus). Above 75: present. 60 to 75: probably present. Below 60: absent.</source>
        <translation>图片与所给水印的匹配程度（即云端的 WatermarkStatus）。高于 75：有水印。60 到 75：可能有水印。低于 60：无水印。</translation>
    </message>
    <message>
        <source>Another mark is present</source>
        <translation>存在另一个水印</translation>
    </message>
    <message>
        <source>This picture carries a text mark (type 3), not a mark of this type: choose Text to read it.</source>
        <translation>这张图片带有文字水印（类型 3），而不是这种类型的水印：请选择“文字”来读取。</translation>
    </message>
    <message>
        <source>This picture carries a blind image mark (type 2), not a mark of this type.</source>
        <translation>这张图片带有盲图片水印（类型 2），而不是这种类型的水印。</translation>
    </message>
    <message>
        <source>This picture carries a semi-blind image mark (type 1), not a mark of this type.</source>
        <translation>这张图片带有半盲图片水印（类型 1），而不是这种类型的水印。</translation>
    </message>
    <message>
        <source>The signal says how far the mark&apos;s repeating pattern stands out from chance: unmarked pictures stay under 6, and %1 or more counts as found.</source>
        <translation>信号表示水印的重复图案高出随机水平的程度：未加水印的图片保持在 6 以下，达到 %1 或更高即算找到。</translation>
    </message>
    <message>
        <source>A mark of this type is in the picture (signal %1), but not the one given.</source>
        <translation>图片中有这一类型的水印（信号 %1），但不是所给的那个。</translation>
    </message>
    <message>
        <source>Something like a mark was found (signal %1), but nothing could be read from it: the copy may be too damaged, or carry a mark of another type.</source>
        <translation>找到了类似水印的东西（信号 %1），但读不出内容：副本可能损坏太重，或带有另一类型的水印。</translation>
    </message>
    <message>
        <source>Mark found: signal %1, repeating every %2 px, turned %3°.</source>
        <translation>找到水印：信号 %1，每 %2 px 重复一次，旋转 %3°。</translation>
    </message>
    <message>
        <source>No mark of this type was found: its signal is %1, and %2 counts as found.</source>
        <translation>未找到这一类型的水印：信号为 %1，达到 %2 才算找到。</translation>
    </message>
    <message>
        <source>A mark of another type is present</source>
        <translation>存在另一种类型的水印</translation>
    </message>
    <message>
        <source>Save Mark as Compared</source>
        <translation>保存用于比对的水印</translation>
    </message>
    <message>
        <source>Your mark was found by comparing it with the picture; its pattern alone (signal %1) is under the %2 that counts as found without a mark to compare.</source>
        <translation>通过与图片比对找到了您的水印；仅凭其图案（信号 %1）低于无需比对即可判定为找到的 %2。</translation>
    </message>
</context>
<context>
    <name>ad::ui::WatermarkWindow</name>
    <message>
        <source>Blind Watermark</source>
        <translation>盲水印</translation>
    </message>
    <message>
        <source>&amp;Embed</source>
        <translation>嵌入(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xtract</source>
        <translation>提取(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Robustness Report</source>
        <translation>稳健性报告(&amp;R)</translation>
    </message>
    <message>
        <source>Reports are made on this computer: the cloud&apos;s own marks cannot be measured here.</source>
        <translation>报告在本机生成：云端自己的水印无法在此测量。</translation>
    </message>
</context>
<context>
    <name>docpreview</name>
    <message>
        <source>the fields are ${Number}, ${Page} and ${SheetID}</source>
        <translation>可用字段为 ${Number}、${Page} 和 ${SheetID}</translation>
    </message>
    <message>
        <source>--name: %1 is not a field; %2</source>
        <translation>--name：%1 不是字段；%2</translation>
    </message>
    <message>
        <source>the name pattern gives every page the same name; add ${Page} or ${Number}</source>
        <translation>命名模式使每一页得到相同的名称；请加入 ${Page} 或 ${Number}</translation>
    </message>
</context>
</TS>
