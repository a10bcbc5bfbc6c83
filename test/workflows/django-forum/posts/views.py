from django.http import JsonResponse

from .models import Post


def post_list(request):
    posts = Post.objects.order_by('-created')[:20]
    return JsonResponse({'posts': [{'id': p.id, 'title': p.title, 'summary': p.summary()} for p in posts]})
