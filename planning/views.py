from django.shortcuts import render

from taxonomy.models import Criterion


def kijkwijzer(request):
    criteria = Criterion.objects.all()
    return render(request, "planning/kijkwijzer.html", {"criteria": criteria})


def school_plan(request):
    return render(request, "planning/school_plan.html")
