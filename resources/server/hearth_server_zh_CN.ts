<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Hearth::Server::Accounts</name>
    <message>
        <source>unknown kind of unit "%1" (%2)</source>
        <translation>未知的组织单元类型“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>a unit needs a code and a name</source>
        <translation>组织单元需要编码和名称</translation>
    </message>
    <message>
        <source>no such parent unit</source>
        <translation>上级单元不存在</translation>
    </message>
    <message>
        <source>the unit code is taken</source>
        <translation>该单元编码已被使用</translation>
    </message>
    <message>
        <source>no such organisation unit</source>
        <translation>组织单元不存在</translation>
    </message>
    <message>
        <source>the user name is taken</source>
        <translation>该用户名已被使用</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ApiServer</name>
    <message>
        <source>hearth-server speaks only HTTPS and needs a certificate and its key (--cert FILE --key FILE, or "cert" and "key" in the config file); for a trial, make a pair with "hearth-server gen-cert --out DIR"</source>
        <translation>hearth-server 只提供 HTTPS，需要证书及其私钥（--cert FILE --key FILE，或配置文件中的 "cert" 和 "key"）；试用时可用 "hearth-server gen-cert --out DIR" 生成一对</translation>
    </message>
    <message>
        <source>cannot read the certificate: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <source>the file holds no PEM certificate</source>
        <translation>文件中没有 PEM 证书</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>cannot read the key: %1</source>
        <translation>无法读取私钥：%1</translation>
    </message>
    <message>
        <source>the file holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>文件中没有未加密的 PEM 私钥（RSA 或 EC）</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>the request body is larger than %1 bytes</source>
        <translation>请求体超过 %1 字节</translation>
    </message>
    <message>
        <source>no such route</source>
        <translation>没有这个接口</translation>
    </message>
    <message>
        <source>%1 takes %2 only</source>
        <translation>%1 只接受 %2</translation>
    </message>
    <message>
        <source>your role may not do this (it needs %1)</source>
        <translation>您的角色无权执行此操作（需要 %1）</translation>
    </message>
    <message>
        <source>sign in first: the token is missing, expired or revoked</source>
        <translation>请先登录：令牌缺失、已过期或已注销</translation>
    </message>
    <message>
        <source>too many wrong passwords: this account is locked; try again in %1 minutes</source>
        <translation>密码错误次数过多，账户已锁定；请在 %1 分钟后重试</translation>
    </message>
    <message>
        <source>wrong passwords in a row: wait %1 seconds before the next try</source>
        <translation>连续输错密码：请等待 %1 秒后再试</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>send the channel's API key in %1</source>
        <translation>请在 %1 中发送渠道的 API 密钥</translation>
    </message>
    <message>
        <source>no unit has this code</source>
        <translation>没有使用此编码的组织单元</translation>
    </message>
    <message>
        <source>is one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::CertificateMaker</name>
    <message>
        <source>"%1" is not a host name or IP address</source>
        <translation>“%1”不是主机名或 IP 地址</translation>
    </message>
    <message>
        <source>a certificate is valid for 1 to 3650 days</source>
        <translation>证书有效期为 1 至 3650 天</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key</source>
        <translation>OpenSSL 无法生成密钥</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL 无法签署证书</translation>
    </message>
    <message>
        <source>OpenSSL could not write PEM</source>
        <translation>OpenSSL 无法写出 PEM</translation>
    </message>
    <message>
        <source>cannot write the key</source>
        <translation>无法写入私钥</translation>
    </message>
    <message>
        <source>cannot write the certificate</source>
        <translation>无法写入证书</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ChannelKeys</name>
    <message>
        <source>a channel key needs a name</source>
        <translation>渠道密钥需要名称</translation>
    </message>
    <message>
        <source>a channel key of that name exists</source>
        <translation>同名的渠道密钥已存在</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::DatabaseUri</name>
    <message>
        <source>no database given (sqlite:///path/file.db or postgresql://user@host:port/database)</source>
        <translation>未指定数据库（sqlite:///path/file.db 或 postgresql://user@host:port/database）</translation>
    </message>
    <message>
        <source>"%1" is not a database URI</source>
        <translation>“%1”不是数据库 URI</translation>
    </message>
    <message>
        <source>a SQLite URI names a file: sqlite:///path/file.db</source>
        <translation>SQLite URI 应指向文件：sqlite:///path/file.db</translation>
    </message>
    <message>
        <source>unknown database "%1" (sqlite or postgresql)</source>
        <translation>未知的数据库“%1”（sqlite 或 postgresql）</translation>
    </message>
    <message>
        <source>a PostgreSQL URI names a host and a database: postgresql://user@host:port/database</source>
        <translation>PostgreSQL URI 应包含主机和数据库：postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::JsonBody</name>
    <message>
        <source>a string without control characters</source>
        <translation>不含控制字符的字符串</translation>
    </message>
    <message>
        <source>a decimal number written as a string, e.g. "1999.00"</source>
        <translation>以字符串书写的十进制数，例如 "1999.00"</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>对象数组</translation>
    </message>
    <message>
        <source>the request has no body; a JSON object was expected</source>
        <translation>请求没有正文；应为 JSON 对象</translation>
    </message>
    <message>
        <source>the JSON breaks at line %1, column %2 (byte %3): %4</source>
        <translation>JSON 在第 %1 行第 %2 列（第 %3 字节）出错：%4</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>请求正文必须是 JSON 对象</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>is not a field of this request</source>
        <translation>不是此请求的字段</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::OrderIntake</name>
    <message>
        <source>send an %1 header of 1 to %2 visible ASCII characters, the same on every retry of this order</source>
        <translation>请发送 %1 请求头，由 1 至 %2 个可见 ASCII 字符组成，重试同一订单时保持不变</translation>
    </message>
    <message>
        <source>the order could not be stored now; send it again with the same %1</source>
        <translation>订单暂时无法保存；请使用相同的 %1 重新发送</translation>
    </message>
    <message>
        <source>this %1 was already used for another order body; use a new key for a new order</source>
        <translation>此 %1 已用于另一份订单内容；新订单请使用新的键</translation>
    </message>
    <message>
        <source>order %1 of this channel was received before with other content; it is not changed through intake</source>
        <translation>该渠道的订单 %1 之前已以不同内容接收；订单接入不会修改已有订单</translation>
    </message>
    <message>
        <source>the first answer for this order is missing</source>
        <translation>找不到此订单的首次应答</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::OrderJson</name>
    <message>
        <source>an order needs at least one line</source>
        <translation>订单至少需要一行明细</translation>
    </message>
    <message>
        <source>an order may have at most %1 lines</source>
        <translation>一个订单最多 %1 行明细</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ServerCommands</name>
    <message>
        <source>hearth-server: %1</source>
        <translation>hearth-server：%1</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>usage: hearth-server &lt;command&gt; [options]
  init --db URI --admin NAME     create the database and its first administrator
                                 (password from HEARTH_ADMIN_PASSWORD, or made
                                 and printed once)
  serve [--config FILE] [--address IP] [--port N] [--cert FILE] [--key FILE]
        [--db URI]               answer HTTPS requests
  gen-cert --out DIR [--host NAME] [--days N]
                                 make a self-signed certificate for a trial
  channel-key --db URI --channel CODE --name NAME
                                 make an API key for a channel's order intake
URI: sqlite:///path/file.db or postgresql://user@host:port/database
</source>
        <translation>用法：hearth-server &lt;命令&gt; [选项]
  init --db URI --admin NAME     创建数据库及第一个管理员
                                 （密码取自 HEARTH_ADMIN_PASSWORD，
                                 或自动生成并只显示一次）
  serve [--config FILE] [--address IP] [--port N] [--cert FILE] [--key FILE]
        [--db URI]               提供 HTTPS 服务
  gen-cert --out DIR [--host NAME] [--days N]
                                 生成试用的自签名证书
  channel-key --db URI --channel CODE --name NAME
                                 为渠道订单接入生成 API 密钥
URI：sqlite:///path/file.db 或 postgresql://user@host:port/database
</translation>
    </message>
    <message>
        <source>database URI</source>
        <translation>数据库 URI</translation>
    </message>
    <message>
        <source>first administrator's user name</source>
        <translation>第一个管理员的用户名</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init 需要 --admin NAME</translation>
    </message>
    <message>
        <source>%1 has users already; init makes the first administrator only</source>
        <translation>%1 已有用户；init 只创建第一个管理员</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>created %1 with administrator "%2"</source>
        <translation>已创建 %1，管理员为“%2”</translation>
    </message>
    <message>
        <source>password (shown this once, write it down): %1</source>
        <translation>密码（只显示这一次，请记下）：%1</translation>
    </message>
    <message>
        <source>JSON config file</source>
        <translation>JSON 配置文件</translation>
    </message>
    <message>
        <source>IP address to listen on (127.0.0.1)</source>
        <translation>监听的 IP 地址（127.0.0.1）</translation>
    </message>
    <message>
        <source>port (8443)</source>
        <translation>端口（8443）</translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation>PEM 证书</translation>
    </message>
    <message>
        <source>PEM private key</source>
        <translation>PEM 私钥</translation>
    </message>
    <message>
        <source>--address: "%1" is not an IP address</source>
        <translation>--address：“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>--port: a port is a number from 1 to 65535 (0: any free port)</source>
        <translation>--port：端口为 1 至 65535 的数字（0：任一空闲端口）</translation>
    </message>
    <message>
        <source>hearth-server %1 listening on https://%2:%3/ with %4</source>
        <translation>hearth-server %1 正在监听 https://%2:%3/，数据库 %4</translation>
    </message>
    <message>
        <source>folder for the pair</source>
        <translation>证书和私钥的存放文件夹</translation>
    </message>
    <message>
        <source>host name or IP the server is reached by</source>
        <translation>访问服务器所用的主机名或 IP</translation>
    </message>
    <message>
        <source>days valid (365)</source>
        <translation>有效天数（365）</translation>
    </message>
    <message>
        <source>gen-cert needs --out DIR</source>
        <translation>gen-cert 需要 --out DIR</translation>
    </message>
    <message>
        <source>certificate: %1
key: %2
This certificate is self-signed: clients must be told to trust it. Use one from your certificate authority in production.</source>
        <translation>证书：%1
私钥：%2
这是自签名证书：客户端须明确设置信任它。正式使用请采用证书颁发机构签发的证书。</translation>
    </message>
    <message>
        <source>store, dealer, ecommerce, designer or other</source>
        <translation>store、dealer、ecommerce、designer 或 other</translation>
    </message>
    <message>
        <source>the system that will use the key</source>
        <translation>将使用该密钥的系统</translation>
    </message>
    <message>
        <source>--channel must be store, dealer, ecommerce, designer or other</source>
        <translation>--channel 必须是 store、dealer、ecommerce、designer 或 other</translation>
    </message>
    <message>
        <source>API key for "%1" (shown this once; send it as %2): %3</source>
        <translation>“%1”的 API 密钥（只显示这一次；请以 %2 发送）：%3</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ServerConfig</name>
    <message>
        <source>cannot read the config file: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <source>the config file is not a JSON object (byte %1: %2)</source>
        <translation>配置文件不是 JSON 对象（第 %1 字节：%2）</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>必须是文本值</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535</source>
        <translation>必须是 1 至 65535 的端口号</translation>
    </message>
    <message>
        <source>must be a size from 1024 to 268435456 bytes</source>
        <translation>必须是 1024 至 268435456 字节之间的大小</translation>
    </message>
    <message>
        <source>must be from 1 to 2160 hours</source>
        <translation>必须在 1 至 2160 小时之间</translation>
    </message>
    <message>
        <source>unknown setting (known: address, port, cert, key, db, max_body_bytes, session_hours)</source>
        <translation>未知设置（可用：address、port、cert、key、db、max_body_bytes、session_hours）</translation>
    </message>
</context>
<context>
    <name>Hearth::Server::ServerStore</name>
    <message>
        <source>the database %1 does not exist; create it with "hearth-server init"</source>
        <translation>数据库 %1 不存在；请用 "hearth-server init" 创建</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>"%1" is not a database name init can create (letters, digits and _)</source>
        <translation>“%1”不是 init 可以创建的数据库名（仅限字母、数字和 _）</translation>
    </message>
    <message>
        <source>cannot reach PostgreSQL at %1: %2</source>
        <translation>无法连接 %1 上的 PostgreSQL：%2</translation>
    </message>
    <message>
        <source>cannot create the database: %1</source>
        <translation>无法创建数据库：%1</translation>
    </message>
    <message>
        <source>the database %1 has no Hearth server schema; create it with "hearth-server init"</source>
        <translation>数据库 %1 中没有 Hearth 服务器的表结构；请用 "hearth-server init" 创建</translation>
    </message>
    <message>
        <source>cannot update the schema (%1): %2</source>
        <translation>无法更新表结构（%1）：%2</translation>
    </message>
    <message>
        <source>the database has schema %1, newer than this server knows (%2); update hearth-server</source>
        <translation>数据库的表结构版本为 %1，高于本服务器所知的版本（%2）；请升级 hearth-server</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>迁移脚本 %1 执行失败：%2</translation>
    </message>
    <message>
        <source>migration %1 ends without a semicolon</source>
        <translation>迁移脚本 %1 末尾缺少分号</translation>
    </message>
    <message>
        <source>the database could not carry out the request; the server log says why</source>
        <translation>数据库无法完成此请求；原因见服务器日志</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>the counter %1 is missing</source>
        <translation>计数器 %1 不存在</translation>
    </message>
</context>
</TS>