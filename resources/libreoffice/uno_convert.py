#!/usr/bin/python3
"""Opens a document in LibreOffice through UNO, which (unlike `soffice --convert-to`) can pass
an open password, and stores it with a given filter. Used by AssetDesk's office converter for
protected documents, and by its tests to make them.

usage: uno_convert.py PROFILE_URL INPUT OUTPUT FILTER [--protect P]
  --protect P   store OUTPUT encrypted with this password (tests)
The password that opens INPUT comes in the environment, ASSETDESK_DOC_PASSWORD, never on the
command line (which other users' processes can read).
exit status: 0 done, 3 wrong or missing password, 2 any other failure
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.task import ErrorCodeIOException
from com.sun.star.lang import IllegalArgumentException


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(argv):
    profile, source, target, filter_name = argv[:4]
    options = dict(zip(argv[4::2], argv[5::2]))
    pipe = "assetdesk-uno-%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "--nolockcheck", "-env:UserInstallation=" + profile,
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        context = None
        for _ in range(300):  # LibreOffice takes a moment to listen
            try:
                context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if office.poll() is not None:
                    return 2
                time.sleep(0.05)
        if context is None:
            return 2
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        load = [prop("Hidden", True), prop("ReadOnly", True), prop("MacroExecutionMode", 0)]
        password = os.environ.get("ASSETDESK_DOC_PASSWORD")
        if password:
            load.append(prop("Password", password))
        try:
            document = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, tuple(load))
        except (ErrorCodeIOException, IllegalArgumentException):
            return 3
        if document is None:
            return 3
        store = [prop("FilterName", filter_name), prop("Overwrite", True)]
        if "--protect" in options:
            store.append(prop("Password", options["--protect"]))
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), tuple(store))
        document.close(True)
        return 0
    except Exception as error:  # anything LibreOffice raises is a failed conversion
        print(error, file=sys.stderr)
        return 2
    finally:
        if desktop is not None:  # whatever happened, LibreOffice goes
            try:
                desktop.terminate()
            except Exception:
                pass
        try:
            office.wait(timeout=10)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
