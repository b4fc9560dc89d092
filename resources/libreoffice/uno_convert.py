#!/usr/bin/python3
"""Opens a document in LibreOffice through UNO, which (unlike `soffice --convert-to`) can pass
an open password, and stores it with a given filter. Used by AssetDesk's office converter for
protected documents, and by its tests to make them.

usage: uno_convert.py PROFILE_URL INPUT OUTPUT FILTER [--protect P]
  --protect P   store OUTPUT encrypted with this password (tests)
The password that opens INPUT comes in the environment, ASSETDESK_DOC_PASSWORD, never on the
command line (which other users' processes can read).
exit status: 0 done, 3 wrong or missing password, 2 any other failure (a corrupt document
among them: only LibreOffice asking for a password means 3)
"""
import os
import subprocess
import sys
import time

import uno
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.task import ErrorCodeIOException, XInteractionHandler
from com.sun.star.lang import IllegalArgumentException


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Interactions(unohelper.Base, XInteractionHandler):
    """Answers every question LibreOffice asks while loading with "abort", and notes whether
    one of them was for a password: a load that fails without one is a broken document."""

    def __init__(self):
        self.password_asked = False

    def handle(self, request):
        # A password request is known by the answer it offers: pyuno cannot hand over the
        # request itself (an exception object) intact.
        password = uno.getTypeByName("com.sun.star.task.XInteractionPassword")
        abort = uno.getTypeByName("com.sun.star.task.XInteractionAbort")
        continuations = request.getContinuations()
        if any(c.queryInterface(password) is not None for c in continuations):
            self.password_asked = True
        for continuation in continuations:
            if continuation.queryInterface(abort) is not None:
                continuation.select()
                return


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
        # LibreOffice takes a moment to listen, long on a busy machine: wait while it runs (the
        # converter's timeout bounds the whole run).
        while True:
            try:
                context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if office.poll() is not None:
                    return 2
                time.sleep(0.05)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        interactions = Interactions()
        load = [prop("Hidden", True), prop("ReadOnly", True), prop("MacroExecutionMode", 0),
                prop("InteractionHandler", interactions)]
        password = os.environ.get("ASSETDESK_DOC_PASSWORD")
        if password:
            load.append(prop("Password", password))
        try:
            document = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, tuple(load))
        except (ErrorCodeIOException, IllegalArgumentException) as error:
            document = None
            print(error, file=sys.stderr)
        if document is None:
            return 3 if interactions.password_asked else 2
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
